package org.briefing.measure;

import java.util.List;

/**
 * Column widths as browsers size a table with {@code table-layout: auto}: when every column fits on one
 * line the columns take their widest content; otherwise every column keeps at least its widest unbreakable
 * piece and the room above those minima goes where the content wants it most, in proportion to
 * {@code max − min}. Only when even the minima do not fit are columns narrower than their content (in
 * proportion to their minima), so the table still never passes the measure. Widths include the cell
 * padding, {@code padding} per column.
 */
public final class ColumnWidths {
    private ColumnWidths() {
    }

    /** How a table's columns came to their widths. */
    public enum Fit {
        /** Every cell fits on one line. */
        MAXIMA,
        /** Some cells wrap, at spaces only: every column is at least as wide as its widest word. */
        MINIMA,
        /** The words themselves do not fit: some column is narrower than its widest word. */
        OVERFLOW
    }

    /** Whether the columns fit in {@code available} without breaking a word. */
    public static Fit fit(List<ColumnExtent> columns, double padding, double available) {
        if (sum(columns, true, padding) <= available + EPSILON) {
            return Fit.MAXIMA;
        }
        return sum(columns, false, padding) <= available + EPSILON ? Fit.MINIMA : Fit.OVERFLOW;
    }

    /**
     * Widths for {@code columns} in {@code available}. With {@code stretch} a table whose content is narrower
     * than the measure still spans it, the extra shared in proportion to each column's widest content.
     */
    public static double[] automatic(List<ColumnExtent> columns, double padding, double available,
                                     boolean stretch) {
        int n = columns.size();
        double[] widths = new double[n];
        double sumMax = sum(columns, true, padding);
        double sumMin = sum(columns, false, padding);
        if (sumMax <= available + EPSILON) {
            double extra = stretch ? Math.max(0, available - sumMax) : 0;
            for (int c = 0; c < n; c++) {
                double max = columns.get(c).max() + padding;
                widths[c] = max + (sumMax > 0 ? extra * max / sumMax : extra / n);
            }
        } else if (sumMin <= available + EPSILON) {
            double extra = available - sumMin;
            double wanted = sumMax - sumMin;
            for (int c = 0; c < n; c++) {
                ColumnExtent e = columns.get(c);
                widths[c] = e.min() + padding + extra * (e.max() - e.min()) / wanted;
            }
        } else {
            for (int c = 0; c < n; c++) {
                widths[c] = sumMin > 0 ? available * (columns.get(c).min() + padding) / sumMin : available / n;
            }
        }
        return widths;
    }

    /** The author's widths: shares of the measure ({@code tbl-colwidths}), summing to 1. */
    public static double[] authored(List<Double> shares, double available) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double[] widths = new double[shares.size()];
        for (int c = 0; c < widths.length; c++) {
            // Normalised, so shares that round to 0.99 or 1.01 still make the table exactly the measure.
            widths[c] = total > 0 ? available * shares.get(c) / total : available / widths.length;
        }
        return widths;
    }

    /**
     * The largest factor, at most 1, by which the content may be scaled (a smaller font size) so that the
     * minima fit in {@code available} beside the padding; 0 when the padding alone does not fit.
     */
    public static double scaleToFit(List<ColumnExtent> columns, double padding, double available) {
        double content = sum(columns, false, 0);
        double room = available - padding * columns.size();
        if (content <= room) {
            return 1;
        }
        return room <= 0 ? 0 : room / content;
    }

    /**
     * Whole units (terminal columns) for widths summing to at most {@code total}: each rounded down, and the
     * units left over given to the widths that lost the most by rounding, left first on a tie.
     */
    public static int[] whole(double[] widths, int total) {
        int[] out = new int[widths.length];
        int used = 0;
        for (int c = 0; c < widths.length; c++) {
            out[c] = (int) Math.floor(widths[c] + EPSILON);
            used += out[c];
        }
        double sum = 0;
        for (double w : widths) {
            sum += w;
        }
        int spare = Math.min(total, (int) Math.floor(sum + EPSILON)) - used;
        while (spare-- > 0) {
            int best = -1;
            for (int c = 0; c < widths.length; c++) {
                if (best < 0 || widths[c] - out[c] > widths[best] - out[best] + EPSILON) {
                    best = c;
                }
            }
            out[best]++;
        }
        return out;
    }

    private static double sum(List<ColumnExtent> columns, boolean max, double padding) {
        double sum = 0;
        for (ColumnExtent e : columns) {
            sum += (max ? e.max() : e.min()) + padding;
        }
        return sum;
    }

    /** Widths summed in floating point may miss the measure by a rounding error; that still fits. */
    private static final double EPSILON = 1e-6;
}
