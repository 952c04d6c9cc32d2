package org.briefing.render.pdf.layout.inline;

/**
 * One line chosen by a {@link LineBreaker}: items {@code start} (inclusive) to {@code end} (exclusive),
 * where {@code end} is the index of the break item (or the item count).
 *
 * @param ratio how much the glue stretches (positive, in units of stretch) or shrinks (negative)
 * @param last  true for a paragraph's last line, which is never justified
 */
public record Line(int start, int end, double ratio, boolean last) {
}
