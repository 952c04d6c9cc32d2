package org.briefing.style;

import java.util.Objects;

/**
 * How one role is set. Lengths are in points.
 *
 * @param font          a family name from the theme's {@code fonts.families}
 * @param leading       baseline-to-baseline distance
 * @param background    fill behind the block, or null for none
 * @param indent        left indent of the whole block
 * @param uppercase     set the text in capitals
 * @param letterSpacing extra space after each character
 * @param breakBefore   whether a block of this role starts a new page (not inherited)
 */
public record TextStyle(String font, boolean bold, boolean italic, double size, double leading, Color color,
                        Color background, Align align, double spaceBefore, double spaceAfter, double indent,
                        boolean uppercase, double letterSpacing, BreakBefore breakBefore) {
    public TextStyle {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(align, "align");
        Objects.requireNonNull(breakBefore, "breakBefore");
    }
}
