package org.briefing.render.pdf.layout.frame;

import org.briefing.style.Color;

/**
 * A piece of styled text: the shaped glyphs of a word (or part of one) with everything drawing it needs.
 *
 * @param space         the shaped word space of this font, drawn after the fragment when glue follows
 * @param rise          baseline shift upwards in points (superscript footnote numbers)
 * @param link          a link target ({@code https://…}, {@code mailto:…} or {@code #anchor}), or null
 * @param anchor        a destination name placed at this fragment (e.g. {@code fnref-1}), or null
 * @param letterSpacing extra advance after each glyph, in points
 * @param lang          the language the source marked this text with, or empty for the document's
 */
public record Fragment(ShapedText text, ShapedText space, double size, Color color, StructureRole role,
                       int blockId, double rise, String link, String anchor, boolean strike,
                       double letterSpacing, String lang) {
    /** A fragment in the document's own language. */
    public Fragment(ShapedText text, ShapedText space, double size, Color color, StructureRole role, int blockId,
                    double rise, String link, String anchor, boolean strike, double letterSpacing) {
        this(text, space, size, color, role, blockId, rise, link, anchor, strike, letterSpacing, "");
    }

    /** The drawn width in points. */
    public double width() {
        // Counting glyphs walks every run; only letter-spaced text (furniture) needs it.
        return letterSpacing == 0 ? text.width(size) : text.width(size) + letterSpacing * text.glyphCount();
    }
}
