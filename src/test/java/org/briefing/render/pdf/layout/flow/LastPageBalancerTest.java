package org.briefing.render.pdf.layout.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Metadata;
import org.briefing.model.Paragraph;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FixedWidthMeasurer;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.KnuthPlassLineBreaker;
import org.briefing.style.Color;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.briefing.style.Typography;
import org.junit.jupiter.api.Test;

/** Last-page balancing on plain layout data: 10-point lines on pages 100 points deep. */
class LastPageBalancerTest {
    private static final PageArea AREA = new PageArea(200, 200, 10, 10, 180, 100);
    private static final LineKeeping TWO_TWO = new LineKeeping(2, 2);
    /** Whether each line (by its text) forbids a page break after it, for checking breaks afterwards. */
    private final Map<String, Boolean> keeps = new HashMap<>();

    private Slab line(String text, boolean keep, List<Integer> notes) {
        keeps.put(text, keep);
        ShapedText shaped = new FixedWidthMeasurer().shape(text, new FontKey("serif", false, false));
        Fragment f = new Fragment(shaped, shaped, 10, Color.BLACK, StructureRole.PARAGRAPH, 1, 0, null, null, false,
                0);
        return new Slab(10, List.of(new TextItem(0, 8, f, 0)), false, keep, notes, 0, false);
    }

    private List<Slab> paragraph(String name, int n, LineKeeping rule) {
        List<Slab> slabs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slabs.add(line(name + "l" + i, rule.keepsWithNext(i, n, false), List.of()));
        }
        return slabs;
    }

    private static List<String> texts(List<PageItem> page) {
        return page.stream().filter(TextItem.class::isInstance)
                .map(i -> ((TextItem) i).fragment().text().text()).toList();
    }

    private static List<List<PageItem>> balanced(List<Slab> flow, Map<Integer, List<Slab>> notes) {
        return new LastPageBalancer(AREA, notes, Color.BLACK).paginate(flow);
    }

    @Test
    void theLastPageGetsItsShareOfTheLastTwoPages() {
        List<Slab> flow = new ArrayList<>(paragraph("a", 10, TWO_TWO));
        flow.addAll(paragraph("b", 13, TWO_TWO));
        assertEquals(List.of(10, 10, 3), sizes(new Paginator(AREA, Map.of(), Color.BLACK).paginate(flow)),
                "plain pagination leaves three lines on the last page");
        List<Integer> sizes = sizes(balanced(flow, Map.of()));
        assertEquals(3, sizes.size());
        assertEquals(10, sizes.get(0), "pages before the last two are untouched");
        assertTrue(sizes.get(2) >= 6 && Math.abs(sizes.get(1) - sizes.get(2)) <= 1, sizes.toString());
    }

    @Test
    void aLastPageHalfFullOrMoreIsLeftAlone() {
        List<Slab> flow = paragraph("a", 16, TWO_TWO);
        assertEquals(List.of(10, 6), sizes(balanced(flow, Map.of())));
    }

    @Test
    void balancingKeepsAFootnoteOnThePageOfItsReference() {
        // Line 8 of 12 references a 25-point note: wherever the break goes, the note is on line 8's page.
        List<Slab> flow = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            flow.add(line("l" + i, TWO_TWO.keepsWithNext(i, 12, false), i == 8 ? List.of(1) : List.of()));
        }
        Slab noteLine = new Slab(25, List.of(new TextItem(0, 8, new Fragment(
                new FixedWidthMeasurer().shape("note", new FontKey("serif", false, false)),
                new FixedWidthMeasurer().shape(" ", new FontKey("serif", false, false)), 10, Color.BLACK,
                StructureRole.FOOTNOTE, 9, 0, null, null, false, 0), 0)), false, false, List.of(), 0, false);
        List<List<PageItem>> pages = balanced(flow, Map.of(1, List.of(noteLine)));
        assertEquals(2, pages.size());
        List<PageItem> withRef = texts(pages.get(0)).contains("l8") ? pages.get(0) : pages.get(1);
        assertTrue(texts(withRef).contains("note"), "the note sits with its reference");
        assertTrue(texts(pages.get(1)).size() >= 3, "the last page got a share: " + texts(pages.get(1)));
    }

    @Test
    void neverAddsAPageNorBreaksAKeepOnRandomFlows() {
        Random random = new Random(20261128);
        for (int round = 0; round < 300; round++) {
            keeps.clear();
            List<Slab> flow = new ArrayList<>();
            int blocks = 2 + random.nextInt(12);
            for (int b = 0; b < blocks; b++) {
                if (random.nextInt(4) == 0) {
                    flow.add(line("r" + round + "h" + b, true, List.of()));
                    flow.add(Slab.space(4, List.of()));
                }
                flow.addAll(paragraph("r" + round + "p" + b, 1 + random.nextInt(9), TWO_TWO));
                flow.add(Slab.space(6, List.of()));
            }
            List<List<PageItem>> plain = new Paginator(AREA, Map.of(), Color.BLACK).paginate(flow);
            List<List<PageItem>> even = balanced(flow, Map.of());
            assertEquals(plain.size(), even.size(), "round " + round);
            for (int p = 0; p + 2 < plain.size(); p++) {
                assertEquals(texts(plain.get(p)), texts(even.get(p)), "round " + round + " page " + p);
            }
            for (int p = 0; p + 1 < even.size(); p++) {
                List<String> page = texts(even.get(p));
                assertFalse(keeps.get(page.get(page.size() - 1)),
                        "round " + round + ": a page ends in a line bound to the next: " + page);
            }
            assertEquals(flow.stream().filter(s -> !s.space()).count(),
                    even.stream().mapToLong(page -> texts(page).size()).sum(), "no line lost");
        }
    }

    @Test
    void theLayouterBalancesOnlyWhenTheThemeAsks() {
        Theme memo = new ThemeLoader(Path.of("styles")).load("memo");
        Typography t = memo.typography();
        Theme asks = withTypography(memo, new Typography(t.hyphenate(), t.hyphenationExceptions(), 2, 2, false,
                true, t.keepTableRows(), t.keepCodeLines()));
        Theme doesNot = withTypography(memo, new Typography(t.hyphenate(), t.hyphenationExceptions(), 2, 2,
                false, false, t.keepTableRows(), t.keepCodeLines()));
        // Add paragraphs until plain pagination leaves a nearly empty second page.
        List<Block> blocks = new ArrayList<>();
        List<Page> plain = List.of();
        while (plain.size() < 2 || lines(plain.get(plain.size() - 1)) > 6) {
            blocks.add(new Paragraph(List.of(new Text(("word" + blocks.size() + " ").repeat(25).strip()))));
            plain = layout(doesNot, blocks);
            assertTrue(blocks.size() < 200, "the memo never reached a second page");
        }
        List<Page> even = layout(asks, blocks);
        assertEquals(plain.size(), even.size());
        int n = plain.size();
        assertTrue(lines(even.get(n - 1)) > lines(plain.get(n - 1)) + 3,
                "the last page took lines from the one before");
        assertTrue(lines(even.get(n - 2)) < lines(plain.get(n - 2)));
        assertEquals(lines(plain.get(0)) + lines(plain.get(1)), lines(even.get(0)) + lines(even.get(1)));
    }

    private static Theme withTypography(Theme t, Typography typography) {
        return new Theme(t.name(), t.file(), t.page(), t.families(), t.fallbackFonts(), t.roles(), t.accent(),
                t.rule(), t.footnotes(), typography, t.figures(), t.tables(), t.contents(), t.parents());
    }

    private static List<Page> layout(Theme theme, List<Block> blocks) {
        Document doc = new Document("test.md", Metadata.titled("Test"), blocks, List.of());
        return new DocumentLayouter(theme, new FixedWidthMeasurer(), new KnuthPlassLineBreaker(), ImageSource.NONE)
                .layout(doc);
    }

    private static long lines(Page page) {
        return page.items().stream().filter(i -> i instanceof TextItem t && t.fragment().role() == StructureRole.PARAGRAPH)
                .map(i -> Math.round(((TextItem) i).baseline())).distinct().count();
    }

    private static List<Integer> sizes(List<List<PageItem>> pages) {
        return pages.stream().map(p -> texts(p).size()).toList();
    }
}
