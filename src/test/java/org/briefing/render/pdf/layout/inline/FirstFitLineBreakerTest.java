package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFitLineBreakerTest {
    private final LineBreaker breaker = new FirstFitLineBreaker();

    /** Words of the given widths separated by glue of width 1 (stretch 1, shrink 0.5), ending the paragraph. */
    private static List<Item> words(double... widths) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                items.add(new Glue(1, 1, 0.5));
            }
            items.add(new Box(widths[i], null, null));
        }
        items.add(new Glue(0, Glue.FILL, 0));
        items.add(Penalty.forced());
        return items;
    }

    private static double naturalWidth(List<Item> items, Line line) {
        double w = 0;
        for (int i = line.start(); i < line.end(); i++) {
            w += items.get(i).width();
        }
        return w;
    }

    @Test
    void fillsEachLineAsFarAsItGoes() {
        List<Item> items = words(4, 4, 4, 4, 4, 4, 4);
        List<Line> lines = breaker.breakLines(items, n -> 14);
        // 4+1+4+1+4 = 14 fits exactly; three words per line.
        assertEquals(3, lines.size());
        assertEquals(14, naturalWidth(items, lines.get(0)), 1e-9);
        assertEquals(14, naturalWidth(items, lines.get(1)), 1e-9);
        assertTrue(lines.get(2).last());
        assertEquals(false, lines.get(0).last());
    }

    @Test
    void shrinksGlueToFitOneMoreWord() {
        List<Item> items = words(4, 4, 4, 4);
        // 4+1+4+1+4 = 14 natural; with shrink 0.5 per glue it can be 13.
        List<Line> lines = breaker.breakLines(items, n -> 13);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).ratio() < 0, "first line shrinks");
        assertTrue(lines.get(0).ratio() >= -1);
    }

    @Test
    void looseLinesGetAPositiveRatio() {
        List<Item> items = words(4, 4, 4, 4);
        List<Line> lines = breaker.breakLines(items, n -> 12);
        // 4+1+4 = 9 on line 1; two glues? one glue with stretch 1: ratio (12-9)/1 = 3.
        assertEquals(3, lines.get(0).ratio(), 1e-9);
    }

    @Test
    void forcedBreaksEndLines() {
        List<Item> items = new ArrayList<>(List.of(new Box(2, null, null), new Glue(0, Glue.FILL, 0), Penalty.forced(),
                new Box(2, null, null)));
        items.add(new Glue(0, Glue.FILL, 0));
        items.add(Penalty.forced());
        List<Line> lines = breaker.breakLines(items, n -> 100);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).last(), "a line ended by a forced break is not justified");
    }

    @Test
    void anOverwideBoxGetsALineOfItsOwn() {
        List<Item> items = words(3, 50, 3);
        List<Line> lines = breaker.breakLines(items, n -> 10);
        assertEquals(3, lines.size());
        assertEquals(50, naturalWidth(items, lines.get(1)), 1e-9);
    }

    @Test
    void respectsPerLineWidths() {
        List<Item> items = words(4, 4, 4, 4, 4);
        List<Line> lines = breaker.breakLines(items, n -> n == 0 ? 4 : 100);
        assertEquals(2, lines.size());
        assertEquals(4, naturalWidth(items, lines.get(0)), 1e-9);
    }

    @Test
    void takesPenaltyBreaksWithTheirWidth() {
        Box hyphen = new Box(1, null, null);
        List<Item> items = new ArrayList<>(List.of(new Box(5, null, null), new Penalty(1, 50, true, hyphen),
                new Box(5, null, null), new Glue(0, Glue.FILL, 0), Penalty.forced()));
        List<Line> lines = breaker.breakLines(items, n -> 7);
        assertEquals(2, lines.size());
        assertEquals(1, lines.get(0).end(), "breaks at the hyphenation penalty");
    }
}
