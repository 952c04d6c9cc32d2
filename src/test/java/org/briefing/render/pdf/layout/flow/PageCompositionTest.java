package org.briefing.render.pdf.layout.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.Metadata;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageComposition;
import org.briefing.render.pdf.layout.frame.PageComposition.End;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FixedWidthMeasurer;
import org.briefing.render.pdf.layout.inline.ImageData;
import org.briefing.render.pdf.layout.inline.KnuthPlassLineBreaker;
import org.briefing.style.BreakBefore;
import org.briefing.style.Figures;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.briefing.style.Typography;
import org.junit.jupiter.api.Test;

/** Page composition on model-built documents with fixed-width metrics: keeps, forced breaks, floats, report. */
class PageCompositionTest {
    private static final ThemeLoader THEMES = new ThemeLoader(Path.of("styles"));
    private static final Theme MEMO = THEMES.load("memo");
    /** A wide picture: whatever the resolution, it is scaled to the measure, about a third of the page tall. */
    private static final ImageSource PICTURE = image -> new ImageData(new byte[0], 3000, 1600);

    private static LaidOutDocument layout(Theme theme, List<Block> blocks) {
        Document doc = new Document("test.md", Metadata.titled("Test"), blocks, List.of());
        return new DocumentLayouter(theme, new FixedWidthMeasurer(), new KnuthPlassLineBreaker(), PICTURE)
                .layoutWithStructure(doc);
    }

    private static Paragraph words(int n, String word) {
        return new Paragraph(List.of(new Text((word + " ").repeat(n).strip())));
    }

    /** Text {@code lines} lines deep, give or take, in paragraphs of up to three lines. */
    private static List<Block> leading(int lines) {
        List<Block> blocks = new ArrayList<>();
        for (int left = lines; left > 0; left -= 3) {
            blocks.add(words(Math.min(3, left) * 9 - 2, "lead" + left));
        }
        return blocks;
    }

    private static Table table(int rows) {
        List<TableRow> body = new ArrayList<>();
        for (int r = 1; r <= rows; r++) {
            body.add(new TableRow(List.of(List.of(new Text("R" + r)), List.of(new Text("value " + r)))));
        }
        List<List<Inline>> head = List.of(List.of(new Text("Key")), List.of(new Text("Value")));
        return new Table(List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT), List.of(new TableRow(head)), body);
    }

    private static List<TextItem> texts(Page page, StructureRole role) {
        return page.items().stream().filter(i -> i instanceof TextItem t && t.role() == role)
                .map(TextItem.class::cast).toList();
    }

    /** The pages (1-based) holding a body cell of the table, and how many header rows each repeats. */
    private static Set<Integer> pagesWithRows(List<Page> pages) {
        Set<Integer> with = new TreeSet<>();
        for (Page page : pages) {
            if (!texts(page, StructureRole.TABLE_CELL).isEmpty()) {
                with.add(page.number());
                assertEquals(2, texts(page, StructureRole.TABLE_HEADER_CELL).size(), "header on page " + page.number());
            }
        }
        return with;
    }

    private static Theme with(Theme t, Typography typography, Figures figures, Map<Role, TextStyle> roles) {
        return new Theme(t.name(), t.file(), t.page(), t.families(), t.fallbackFonts(), roles, t.accent(), t.rule(),
                t.footnotes(), typography, figures, t.tables(), t.contents(), t.parents());
    }

    private static Theme unbalanced(Theme t, Figures.Placement placement) {
        Typography y = t.typography();
        Figures f = t.figures();
        return with(t, new Typography(y.hyphenate(), y.hyphenationExceptions(), y.widows(), y.orphans(),
                y.opticalMargins(), false, y.keepTableRows(), y.keepCodeLines()),
                new Figures(f.numbered(), placement, f.resolution(), f.maxHeight()), t.roles());
    }

    private static void assertNoPageAbandoned(List<PageComposition> composition, String what) {
        assertTrue(LastPageBalancer.noPageAbandoned(composition), what + ": " + composition);
    }

    @Test
    void aTwoRowTableStaysWholeUnderLastPageBalancing() {
        assertTrue(MEMO.typography().balanceLastPage());
        // Where the table sits from 55 % to 75 % down the first page and the text after it leaves a short
        // second page, balancing without keeps broke between the two rows.
        for (int k = 26; k <= 36; k++) {
          for (int after = 21; after <= 33; after += 6) {
            List<Block> blocks = leading(k);
            blocks.add(table(2));
            blocks.addAll(leading(after));
            LaidOutDocument doc = layout(MEMO, blocks);
            assertEquals(1, pagesWithRows(doc.pages()).size(), k + " lines before the table, " + after + " after");
            assertNoPageAbandoned(doc.composition(), k + " lines before, " + after + " after");
          }
        }
    }

    @Test
    void anEightRowTableIsKeptAndAThirtyRowTableSplitsWithItsHeaderRepeated() {
        Theme plain = unbalanced(MEMO, Figures.Placement.TOP);
        boolean split = false;
        for (int k = 30; k <= 60; k++) {
            List<Block> blocks = leading(k);
            blocks.add(table(8));
            blocks.add(words(40, "after"));
            LaidOutDocument eight = layout(plain, blocks);
            assertEquals(1, pagesWithRows(eight.pages()).size(), k + " lines before eight rows");
            assertNoPageAbandoned(eight.composition(), k + " lines before eight rows");

            blocks.set(blocks.size() - 2, table(30));
            LaidOutDocument thirty = layout(plain, blocks);
            split |= pagesWithRows(thirty.pages()).size() > 1;
            assertNoPageAbandoned(thirty.composition(), k + " lines before thirty rows");
        }
        assertTrue(split, "thirty rows break between rows where they meet a page end");
    }

    @Test
    void aHeadingStaysWithTheKeptTableAfterIt() {
        for (int k = 1; k <= 90; k += 2) {
            List<Block> blocks = leading(k);
            blocks.add(new Heading(2, List.of(new Text("Results")), "results"));
            blocks.add(table(6));
            List<Page> pages = layout(unbalanced(MEMO, Figures.Placement.TOP), blocks).pages();
            int rows = pagesWithRows(pages).iterator().next();
            assertFalse(texts(pages.get(rows - 1), StructureRole.H2).isEmpty(), k + ": the heading is on the table's page");
        }
    }

    /** The document with a picture after {@code k} paragraphs and text after it, and where the picture went. */
    private static List<Block> withFigure(int k) {
        List<Block> blocks = leading(k);
        blocks.add(new Figure(new Image("chart.png", "A chart", "Growth by year", 1)));
        for (int p = 0; p < 6; p++) {
            blocks.add(words(30, "after" + p));
        }
        return blocks;
    }

    private static int figurePage(List<Page> pages) {
        return pages.stream().filter(p -> p.items().stream().anyMatch(ImageItem.class::isInstance))
                .findFirst().orElseThrow().number();
    }

    @Test
    void aFigureThatDoesNotFitFloatsToTheNextPageTopAndTextFillsTheGap() {
        Theme here = unbalanced(MEMO, Figures.Placement.HERE);
        Theme top = unbalanced(MEMO, Figures.Placement.TOP);
        int tried = 0;
        for (int k = 1; k <= 60; k += 4) {
            LaidOutDocument atHere = layout(here, withFigure(k));
            int page = figurePage(atHere.pages());
            // Only where "here" leaves a real gap: a smaller one than two lines of text cannot be filled.
            if (page < 2 || atHere.composition().get(page - 2).end() != End.FLOAT
                    || atHere.composition().get(page - 2).percent() > 80) {
                continue;
            }
            tried++;
            assertTrue(texts(atHere.pages().get(page - 2), StructureRole.PARAGRAPH).stream()
                    .noneMatch(t -> t.fragment().text().text().startsWith("after")), "here: nothing overtakes it");

            LaidOutDocument atTop = layout(top, withFigure(k));
            Page before = atTop.pages().get(page - 2);
            assertEquals(page, figurePage(atTop.pages()), "the figure goes to the next page");
            assertTrue(texts(before, StructureRole.PARAGRAPH).stream()
                    .anyMatch(t -> t.fragment().text().text().startsWith("after")), k + ": text after it fills the gap");
            assertTrue(atTop.composition().get(page - 2).percent() >= 85, atTop.composition().toString());
            Page figure = atTop.pages().get(page - 1);
            double imageTop = figure.items().stream().filter(ImageItem.class::isInstance).map(ImageItem.class::cast)
                    .findFirst().orElseThrow().y();
            assertTrue(texts(figure, StructureRole.PARAGRAPH).stream().allMatch(t -> t.baseline() > imageTop),
                    "the figure opens its page");
        }
        assertTrue(tried > 0, "some position makes the figure not fit");
    }

    @Test
    void aFigureStillWaitingAtTheEndGetsAPageOfItsOwn() {
        List<Block> blocks = leading(44);
        blocks.add(new Figure(new Image("chart.png", "A chart", "Last", 1)));
        LaidOutDocument doc = layout(unbalanced(MEMO, Figures.Placement.TOP), blocks);
        assertEquals(2, doc.pages().size(), doc.composition().toString());
        assertEquals(2, figurePage(doc.pages()));
        assertEquals(End.FLOAT, doc.composition().get(0).end());
    }

    @Test
    void aPageBreakStartsANewPageButNeverAnEmptyOne() {
        Theme theme = unbalanced(MEMO, Figures.Placement.TOP);
        LaidOutDocument doc = layout(theme, List.of(words(10, "one"), new PageBreak(2), new PageBreak(3),
                words(10, "two"), new PageBreak(4)));
        assertEquals(2, doc.pages().size(), "breaks in a row and at the end make no empty page");
        assertEquals(End.MANUAL, doc.composition().get(0).end());
        assertEquals(End.END, doc.composition().get(1).end());
        assertTrue(texts(doc.pages().get(1), StructureRole.PARAGRAPH).get(0).fragment().text().text().equals("two"));
    }

    @Test
    void theReportThemeStartsEachChapterOnANewPage() {
        Theme report = THEMES.load("report");
        assertEquals(BreakBefore.PAGE, report.style(Role.H1).breakBefore());
        List<Block> blocks = new ArrayList<>();
        for (int c = 1; c <= 3; c++) {
            blocks.add(new Heading(1, List.of(new Text("Chapter " + c)), "c" + c));
            blocks.add(words(40, "text" + c));
        }
        LaidOutDocument doc = layout(report, blocks);
        // Each chapter's text starts the page after the one the chapter before ends on.
        for (int c = 2; c <= 3; c++) {
            String mine = "text" + c;
            String before = "text" + (c - 1);
            for (Page page : doc.pages()) {
                List<String> words = texts(page, StructureRole.PARAGRAPH).stream().map(t -> t.fragment().text().text())
                        .toList();
                assertFalse(words.contains(mine) && words.contains(before), "chapters " + (c - 1) + " and " + c
                        + " share page " + page.number());
            }
        }
        assertEquals(End.BREAK_BEFORE, doc.composition().get(1).end());
    }

    @Test
    void aRightHandStartLeavesABlankPageThatKeepsItsFurniture() {
        Map<Role, TextStyle> roles = new EnumMap<>(MEMO.roles());
        TextStyle h1 = roles.get(Role.H1);
        roles.put(Role.H1, new TextStyle(h1.font(), h1.bold(), h1.italic(), h1.size(), h1.leading(), h1.color(),
                h1.background(), h1.align(), h1.spaceBefore(), h1.spaceAfter(), h1.indent(), h1.uppercase(),
                h1.letterSpacing(), BreakBefore.RIGHT));
        Theme right = with(MEMO, unbalanced(MEMO, Figures.Placement.TOP).typography(), MEMO.figures(), roles);
        LaidOutDocument doc = layout(right, List.of(words(10, "intro"),
                new Heading(1, List.of(new Text("One")), "one"), words(10, "first"),
                new Heading(1, List.of(new Text("Two")), "two"), words(10, "second")));
        // Intro on 1, One on 3 (2 blank), Two on 5 (4 blank).
        assertEquals(5, doc.pages().size(), doc.composition().toString());
        for (int blank : new int[] {2, 4}) {
            Page page = doc.pages().get(blank - 1);
            assertTrue(texts(page, StructureRole.PARAGRAPH).isEmpty(), "page " + blank + " is blank");
            assertFalse(texts(page, StructureRole.ARTIFACT_FOOTER).isEmpty(), "page " + blank + " keeps its footer");
            assertEquals(0, doc.composition().get(blank - 1).percent());
        }
    }

    @Test
    void noPageButTheLastIsShortWithoutAReason() {
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 25; round++) {
            List<Block> blocks = new ArrayList<>();
            int n = 6 + random.nextInt(20);
            for (int b = 0; b < n; b++) {
                switch (random.nextInt(5)) {
                    case 0 -> blocks.add(new Heading(2, List.of(new Text("Part " + b)), "p" + b));
                    case 1 -> blocks.add(table(1 + random.nextInt(12)));
                    default -> blocks.add(words(10 + random.nextInt(80), "w" + b));
                }
            }
            Theme theme = random.nextBoolean() ? MEMO : unbalanced(MEMO, Figures.Placement.TOP);
            LaidOutDocument doc = layout(theme, blocks);
            assertNoPageAbandoned(doc.composition(), "round " + round);
            assertEquals(doc.pages().size(), doc.composition().size());
        }
    }
}
