package org.briefing.style;

/**
 * How tables are set (a theme's {@code tables:} section).
 *
 * @param numbered captions start "Table 1", "Table 2" …
 * @param minSize  the smallest font size, in points, a table too wide for the measure may step down to
 *                 before words in its cells are broken
 */
public record Tables(boolean numbered, double minSize) {
    /** Unnumbered; a wide table may shrink to 7 pt. */
    public static final Tables DEFAULT = new Tables(false, 7);

    public Tables {
        if (!(minSize > 0)) {
            throw new IllegalArgumentException("min size > 0");
        }
    }
}
