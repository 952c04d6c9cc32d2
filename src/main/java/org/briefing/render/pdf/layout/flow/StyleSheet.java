package org.briefing.render.pdf.layout.flow;

import org.briefing.style.Color;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;

/** The theme's roles resolved into paragraph styles for layout. */
public final class StyleSheet {
    private final Theme theme;

    public StyleSheet(Theme theme) {
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    /** The raw theme style of a role (spacing, indent, background). */
    public TextStyle raw(Role role) {
        return theme.style(role);
    }

    /** A role's text style for one block. */
    public ParagraphStyle paragraph(Role role, StructureRole structure, int blockId) {
        TextStyle s = theme.style(role);
        return new ParagraphStyle(new FontKey(s.font(), s.bold(), s.italic()), theme.style(Role.CODE).font(),
                s.size(), s.leading(), s.color(), theme.accent(), s.align(), structure, blockId, s.uppercase(),
                s.letterSpacing());
    }

    public Color accent() {
        return theme.accent();
    }

    public Color rule() {
        return theme.rule();
    }

    /** The muted colour used for secondary text (the caption role's colour). */
    public Color muted() {
        return theme.style(Role.CAPTION).color();
    }

    /** The shade used behind code (falls back to a light grey). */
    public Color shade() {
        Color c = theme.style(Role.CODE).background();
        return c != null ? c : new Color(0xf3, 0xf3, 0xf3);
    }
}
