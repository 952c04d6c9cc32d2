package org.briefing.style;

/**
 * How figures are set (a theme's {@code figures:} section).
 *
 * @param numbered   captions start "Figure 1", "Figure 2" … (a figure without a caption is still counted)
 * @param placement  where a figure goes when it does not fit in the space left on the page
 * @param resolution pixels per inch for an image whose file does not say (PNG pHYs, JPEG JFIF or EXIF)
 * @param maxHeight  the tallest a figure's image may be, as a share of the text area's height (0 to 1]
 */
public record Figures(boolean numbered, Placement placement, double resolution, double maxHeight) {
    /** Unnumbered, floating to the next page's top, 150 ppi, at most 60 % of the text height. */
    public static final Figures DEFAULT = new Figures(false, Placement.TOP, 150, 0.6);

    public Figures {
        java.util.Objects.requireNonNull(placement, "placement");
        if (!(resolution > 0) || !(maxHeight > 0) || maxHeight > 1) {
            throw new IllegalArgumentException("resolution > 0 and 0 < max height <= 1");
        }
    }

    /** Where a figure that does not fit goes. */
    public enum Placement {
        /** To the top of the next page, while the text after it fills the gap. */
        TOP,
        /** Where it is written: the page ends early and the figure starts the next one. */
        HERE
    }
}
