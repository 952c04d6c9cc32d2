package org.briefing.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
    private static final double PAD = 8;

    private static ColumnExtent e(double min, double max) {
        return new ColumnExtent(min, max);
    }

    private static double sum(double[] widths) {
        double s = 0;
        for (double w : widths) {
            s += w;
        }
        return s;
    }

    @Test
    void whenTheMaximaFitEachColumnTakesItsWidestContent() {
        List<ColumnExtent> columns = List.of(e(20, 60), e(10, 12));
        assertEquals(ColumnWidths.Fit.MAXIMA, ColumnWidths.fit(columns, PAD, 200));
        assertArrayEquals(new double[] {68, 20}, ColumnWidths.automatic(columns, PAD, 200, false), 1e-9);
    }

    @Test
    void aStretchedTableSharesTheRestInProportionToTheMaxima() {
        double[] widths = ColumnWidths.automatic(List.of(e(20, 52), e(10, 12)), PAD, 120, true);
        assertArrayEquals(new double[] {90, 30}, widths, 1e-9);
    }

    @Test
    void whenOnlyTheMinimaFitTheRoomAboveThemGoesByMaxMinusMin() {
        // The minima with padding (28 + 18) leave 34 to share; the first column wants 40 more, the second 14.
        List<ColumnExtent> columns = List.of(e(20, 60), e(10, 24));
        assertEquals(ColumnWidths.Fit.MINIMA, ColumnWidths.fit(columns, PAD, 80));
        double[] widths = ColumnWidths.automatic(columns, PAD, 80, true);
        assertEquals(80, sum(widths), 1e-9);
        assertEquals(28 + 34 * 40 / 54.0, widths[0], 1e-9);
        assertEquals(18 + 34 * 14 / 54.0, widths[1], 1e-9);
    }

    @Test
    void aColumnIsNeverBelowItsMinimumWhileTheMinimaFit() {
        List<ColumnExtent> columns = List.of(e(40, 40), e(5, 300), e(30, 31));
        double[] widths = ColumnWidths.automatic(columns, PAD, 130, true);
        for (int c = 0; c < widths.length; c++) {
            assertTrue(widths[c] >= columns.get(c).min() + PAD - 1e-9, "column " + c + ": " + widths[c]);
        }
        assertEquals(130, sum(widths), 1e-9);
    }

    @Test
    void whenNothingFitsTheColumnsShareTheMeasureByTheirMinima() {
        List<ColumnExtent> columns = List.of(e(52, 80), e(22, 30));
        assertEquals(ColumnWidths.Fit.OVERFLOW, ColumnWidths.fit(columns, PAD, 60));
        double[] widths = ColumnWidths.automatic(columns, PAD, 60, true);
        assertArrayEquals(new double[] {40, 20}, widths, 1e-9);
    }

    @Test
    void shrinkingScalesTheContentButNotThePadding() {
        List<ColumnExtent> columns = List.of(e(60, 80), e(40, 50));
        assertEquals(1, ColumnWidths.scaleToFit(columns, PAD, 200));
        double scale = ColumnWidths.scaleToFit(columns, PAD, 96);
        assertEquals(0.8, scale, 1e-9);
        List<ColumnExtent> scaled = columns.stream().map(c -> c.scaled(scale)).toList();
        assertEquals(ColumnWidths.Fit.MINIMA, ColumnWidths.fit(scaled, PAD, 96));
        assertEquals(0, ColumnWidths.scaleToFit(columns, PAD, 10));
    }

    @Test
    void authoredSharesOverrideTheContent() {
        assertArrayEquals(new double[] {30, 180, 90}, ColumnWidths.authored(List.of(0.1, 0.6, 0.3), 300), 1e-9);
        // Shares that round to 0.99 still fill the measure.
        assertEquals(300, sum(ColumnWidths.authored(List.of(0.33, 0.33, 0.33), 300)), 1e-9);
    }

    @Test
    void wholeUnitsNeverPassTheTotalAndGoWhereRoundingTookMost() {
        assertArrayEquals(new int[] {4, 3, 3}, ColumnWidths.whole(new double[] {10 / 3.0, 10 / 3.0, 10 / 3.0}, 10));
        assertArrayEquals(new int[] {5, 12, 13}, ColumnWidths.whole(new double[] {5, 12.4, 12.6}, 30));
        assertArrayEquals(new int[] {5, 10}, ColumnWidths.whole(new double[] {5, 10}, 30));
    }

    @Test
    void anExtentIsOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new ColumnExtent(5, 4));
        assertEquals(e(5, 9), e(5, 6).union(e(2, 9)));
    }
}
