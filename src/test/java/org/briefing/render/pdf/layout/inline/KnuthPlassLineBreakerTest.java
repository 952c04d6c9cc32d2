package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnuthPlassLineBreakerTest {
    private static final String TEXT = "The number of missile and nuclear tests carried out by the North Korean government "
            + "has increased sharply over the past eight years, which a panelist said suggests that Kim Jung-Un is "
            + "aiming to further increase North Korea's capacity. Another panelist remarked that the North Korean "
            + "government would need to develop an inter-continental ballistic missile in order to pose a real "
            + "threat to U.S. homeland security.";

    private final LineBreaker totalFit = new KnuthPlassLineBreaker();

    /** Fixed-width text: each character 1 unit, spaces 1 unit stretching 0.5 and shrinking 1/3, as TeX's. */
    private static List<Item> paragraph(String text) {
        List<Item> items = new ArrayList<>();
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                items.add(new Glue(1, 0.5, 1.0 / 3));
            }
            items.add(new Box(words[i].length(), null, null));
        }
        items.add(new Penalty(0, Penalty.FORBID, false, null));
        items.add(new Glue(0, Glue.FILL, 0));
        items.add(Penalty.forced());
        return items;
    }

    private static long looseLines(List<Line> lines) {
        return lines.stream().filter(l -> !l.last() && l.ratio() > 1).count();
    }

    private static double worstRatio(List<Line> lines) {
        return lines.stream().filter(l -> !l.last()).mapToDouble(l -> Math.abs(l.ratio())).max().orElse(0);
    }

    @Test
    void totalFitSetsFewerLooseLinesThanFirstFit() {
        List<Item> items = paragraph(TEXT);
        long looseFirst = 0;
        long looseTotal = 0;
        double worstFirst = 0;
        double worstTotal = 0;
        for (int measure = 30; measure <= 70; measure++) {
            int width = measure;
            List<Line> first = new FirstFitLineBreaker().breakLines(items, n -> width);
            List<Line> total = totalFit.breakLines(items, n -> width);
            worstFirst += worstRatio(first);
            worstTotal += worstRatio(total);
            looseFirst += looseLines(first);
            looseTotal += looseLines(total);
            assertCoversEveryBox(items, total);
        }
        assertTrue(looseTotal < looseFirst, "loose lines: total-fit " + looseTotal + ", first-fit " + looseFirst);
        assertTrue(worstTotal < worstFirst, "worst lines: total-fit " + worstTotal + ", first-fit " + worstFirst);
    }

    @Test
    void everyLineIsWithinTheShrinkLimitAndOnlyTheLastIsRagged() {
        List<Item> items = paragraph(TEXT);
        List<Line> lines = totalFit.breakLines(items, n -> 30);
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).ratio() >= -1, "line " + i + " overfull");
            assertEquals(i == lines.size() - 1, lines.get(i).last());
        }
    }

    @Test
    void anUnbreakableTokenWiderThanTheMeasureGetsALineOfItsOwn() {
        List<Item> items = paragraph("before " + "x".repeat(300) + " after the token");
        List<Line> lines = totalFit.breakLines(items, n -> 40);
        assertCoversEveryBox(items, lines);
        Line token = lines.stream().filter(l -> spans(items, l, 300)).findFirst().orElseThrow();
        assertEquals(1, boxesIn(items, token), "the wide token sits alone");
    }

    @Test
    void emptyParagraphAndSingleWord() {
        List<Item> empty = List.of(new Glue(0, Glue.FILL, 0), Penalty.forced());
        assertTrue(totalFit.breakLines(empty, n -> 30).size() <= 1);
        List<Line> one = totalFit.breakLines(paragraph("word"), n -> 30);
        assertEquals(1, one.size());
        assertTrue(one.get(0).last());
    }

    @Test
    void cjkBreaksBetweenCharacters() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i > 0) {
                items.add(new Glue(0, 0.2, 0));
                items.add(Penalty.free());
            }
            items.add(new Box(2, null, null));
        }
        items.add(new Glue(0, Glue.FILL, 0));
        items.add(Penalty.forced());
        List<Line> lines = totalFit.breakLines(items, n -> 20);
        assertEquals(4, lines.size(), "80 units of characters in lines of 20: ten characters a line");
        assertCoversEveryBox(items, lines);
    }

    @Test
    void neverThreeHyphenatedLinesInARow() {
        // Words that only fit when hyphenated at every line end.
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (i > 0) {
                items.add(new Glue(1, 0.5, 1.0 / 3));
            }
            items.add(new Box(6, null, null));
            items.add(new Penalty(1, 50, true, new Box(1, null, null)));
            items.add(new Box(6, null, null));
        }
        items.add(new Glue(0, Glue.FILL, 0));
        items.add(Penalty.forced());
        List<Line> lines = totalFit.breakLines(items, n -> 19);
        int run = 0;
        for (Line line : lines) {
            boolean hyphenated = items.get(Math.min(line.end(), items.size() - 1)) instanceof Penalty p && p.flagged();
            run = hyphenated ? run + 1 : 0;
            assertTrue(run <= 2, "more than two hyphenated lines in a row");
        }
        assertCoversEveryBox(items, lines);
    }

    @Test
    void scalesToLongParagraphs() {
        List<Item> items = paragraph((TEXT + " ").repeat(200).trim());
        List<Line> lines = totalFit.breakLines(items, n -> 60);
        assertTrue(lines.size() > 300);
        assertCoversEveryBox(items, lines);
    }

    private static boolean spans(List<Item> items, Line line, double width) {
        for (int i = line.start(); i < line.end(); i++) {
            if (items.get(i) instanceof Box b && b.width() == width) {
                return true;
            }
        }
        return false;
    }

    private static int boxesIn(List<Item> items, Line line) {
        int n = 0;
        for (int i = line.start(); i < line.end(); i++) {
            n += items.get(i) instanceof Box ? 1 : 0;
        }
        return n;
    }

    /** Lines are in order, do not overlap, and together hold every box. */
    private static void assertCoversEveryBox(List<Item> items, List<Line> lines) {
        int boxes = 0;
        int previousEnd = -1;
        for (Line line : lines) {
            assertTrue(line.start() > previousEnd, "lines overlap");
            boxes += boxesIn(items, line);
            previousEnd = line.end();
        }
        assertEquals(items.stream().filter(i -> i instanceof Box).count(), boxes);
    }
}
