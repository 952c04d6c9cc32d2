package org.briefing.render.pdf.layout;

import org.briefing.style.Color;

/**
 * A piece of styled text inside a {@link Box}.
 *
 * @param space         the shaped word space of this font, drawn after the fragment when glue follows
 * @param rise          baseline shift upwards in points (superscript footnote numbers)
 * @param link          a link target ({@code https://…}, {@code mailto:…} or {@code #anchor}), or null
 * @param anchor        a destination name placed at this fragment (e.g. {@code fnref-1}), or null
 * @param letterSpacing extra advance after each glyph, in points
 */
public record Fragment(ShapedText text, ShapedText space, double size, Color color, StructureRole role,
                       int blockId, double rise, String link, String anchor, boolean strike,
                       double letterSpacing) {
    /** The drawn width in points. */
    public double width() {
        return text.width(size) + letterSpacing * text.glyphCount();
    }
}
