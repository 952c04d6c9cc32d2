package org.briefing.style;

/**
 * Paper and margins, in points.
 *
 * @param sizeName {@code A4}, {@code Letter} or {@code custom}
 */
public record PageSetup(String sizeName, double width, double height, double marginTop, double marginRight,
                        double marginBottom, double marginLeft) {

    /** Width of the text column. */
    public double textWidth() {
        return width - marginLeft - marginRight;
    }

    /** Height of the text area. */
    public double textHeight() {
        return height - marginTop - marginBottom;
    }
}
