package org.briefing.render.epub.cover;

import java.nio.file.Path;
import java.util.Map;
import org.briefing.script.FontChain;

/**
 * The fonts a role's text on the cover is drawn in: the role's own face, then the theme's fallback fonts,
 * each opened only when a character first needs it.
 */
final class FaceChain {
    /**
     * A character's glyph and the font it comes from. {@code emboldened}: the role is bold but the glyph
     * comes from a fallback font, which has no bold face, so the outline is thickened (as Java2D did).
     */
    record Choice(OutlineFont font, int glyph, boolean emboldened) {
    }

    private final FontChain order;
    private final boolean bold;
    private final Map<Path, OutlineFont> opened;

    /** A chain in the theme's fallback order over {@code opened}, the fonts already open, which it adds to. */
    FaceChain(FontChain order, boolean bold, Map<Path, OutlineFont> opened) {
        this.order = order;
        this.bold = bold;
        this.opened = opened;
    }

    /** The role's own face. */
    OutlineFont primary() {
        return font(0);
    }

    /**
     * The glyph for a character: from the role's face, or else the first fallback that has it, or else
     * the role's face's "missing" glyph (glyph 0, usually a box), so that a gap shows where it belongs.
     */
    Choice pick(int codePoint) {
        int at = order.pick(codePoint, (index, cp) -> font(index).glyph(cp) != 0);
        if (at < 0) {
            return new Choice(primary(), 0, false);
        }
        OutlineFont font = font(at);
        return new Choice(font, font.glyph(codePoint), at > 0 && bold);
    }

    private OutlineFont font(int at) {
        return opened.computeIfAbsent(order.files().get(at), OutlineFont::open);
    }
}
