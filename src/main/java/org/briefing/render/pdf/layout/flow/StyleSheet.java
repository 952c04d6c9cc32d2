package org.briefing.render.pdf.layout.flow;

import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.style.Color;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;

/** The theme's roles resolved into paragraph styles for layout. */
final class StyleSheet {
    private final Theme theme;

    StyleSheet(Theme theme) {
        this.theme = theme;
    }

    Theme theme() {
        return theme;
    }

    /** The raw theme style of a role (spacing, indent, background). */
    TextStyle raw(Role role) {
        return theme.style(role);
    }

    /** A role's text style for one block. */
    ParagraphStyle paragraph(Role role, StructureRole structure, int blockId) {
        TextStyle s = theme.style(role);
        return new ParagraphStyle(new FontKey(s.font(), s.bold(), s.italic()), theme.style(Role.CODE).font(),
                s.size(), s.leading(), s.color(), theme.accent(), s.align(), structure, blockId, s.uppercase(),
                s.letterSpacing());
    }

    Color accent() {
        return theme.accent();
    }

    Color rule() {
        return theme.rule();
    }

    /** The muted colour used for secondary text (the caption role's colour). */
    Color muted() {
        return theme.style(Role.CAPTION).color();
    }

    /** The shade used behind code (falls back to a light grey). */
    Color shade() {
        Color c = theme.style(Role.CODE).background();
        return c != null ? c : new Color(0xf3, 0xf3, 0xf3);
    }
}
