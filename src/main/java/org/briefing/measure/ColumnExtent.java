package org.briefing.measure;

/**
 * How wide a column's content is, padding not included.
 *
 * @param min the widest piece that must not be broken (a word, a number, a date, a unit)
 * @param max the widest cell set on one line
 */
public record ColumnExtent(double min, double max) {
    public ColumnExtent {
        if (!(min >= 0 && max >= min)) {
            throw new IllegalArgumentException("0 <= min <= max, not " + min + " and " + max);
        }
    }

    /** The wider of two extents, column by column: the extent of a column holding both contents. */
    public ColumnExtent union(ColumnExtent other) {
        return new ColumnExtent(Math.max(min, other.min), Math.max(max, other.max));
    }

    /** The same content set at {@code factor} times the size (widths scale with the font size). */
    public ColumnExtent scaled(double factor) {
        return new ColumnExtent(min * factor, max * factor);
    }
}
