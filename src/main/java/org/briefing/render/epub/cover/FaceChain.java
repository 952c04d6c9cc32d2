package org.briefing.render.epub.cover;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    private final Path primary;
    private final List<Path> fallbacks;
    private final boolean bold;
    private final Map<Path, OutlineFont> opened;

    /** A chain over {@code opened}, the fonts already open, which it adds to. */
    FaceChain(Path primary, List<Path> fallbacks, boolean bold, Map<Path, OutlineFont> opened) {
        this.primary = primary;
        this.fallbacks = List.copyOf(fallbacks);
        this.bold = bold;
        this.opened = opened;
    }

    /** The role's own face. */
    OutlineFont primary() {
        return font(primary);
    }

    /**
     * The glyph for a character: from the role's face, or else the first fallback that has it, or else
     * the role's face's "missing" glyph (glyph 0, usually a box), so that a gap shows where it belongs.
     */
    Choice pick(int codePoint) {
        OutlineFont own = font(primary);
        int glyph = own.glyph(codePoint);
        if (glyph != 0) {
            return new Choice(own, glyph, false);
        }
        for (Path fallback : fallbacks) {
            OutlineFont font = font(fallback);
            int found = font.glyph(codePoint);
            if (found != 0) {
                return new Choice(font, found, bold);
            }
        }
        return new Choice(own, 0, false);
    }

    private OutlineFont font(Path file) {
        return opened.computeIfAbsent(file, OutlineFont::open);
    }
}
