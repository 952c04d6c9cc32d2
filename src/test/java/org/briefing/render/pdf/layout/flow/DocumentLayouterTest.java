package org.briefing.render.pdf.layout.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Footnote;
import org.briefing.model.FootnoteRef;
import org.briefing.model.Inline;
import org.briefing.model.Metadata;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FirstFitLineBreaker;
import org.briefing.render.pdf.layout.inline.FixedWidthMeasurer;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** Layout on plain data with fixed-width fake metrics: line filling, page breaks, table headers, footnotes. */
class DocumentLayouterTest {
    private static final Theme THEME = new ThemeLoader(Path.of("styles")).load("memo");
    private static final PageArea AREA = PageArea.of(THEME.page());

    private static List<Page> layout(List<Block> blocks, List<Footnote> notes) {
        return layout(THEME, blocks, notes);
    }

    private static List<Page> layout(Theme theme, List<Block> blocks, List<Footnote> notes) {
        Metadata meta = Metadata.titled("Test");
        Document doc = new Document("test.md", meta, blocks, notes);
        return new DocumentLayouter(theme, new FixedWidthMeasurer(), new FirstFitLineBreaker(), ImageSource.NONE)
                .layout(doc);
    }

    private static Theme with(org.briefing.style.PageSetup page, Theme.FootnotePlacement notes) {
        return new Theme(THEME.name(), THEME.file(), page, THEME.families(), THEME.fallbackFonts(), THEME.roles(),
                THEME.accent(), THEME.rule(), notes, THEME.typography(), THEME.figures(), THEME.tables(),
                THEME.contents(), THEME.parents());
    }

    @Test
    void endnotesComeAfterTheBodyUnderANotesHeading() {
        Footnote note = new Footnote("n", 1, List.of(new Paragraph(List.of(new Text("The note text.")))));
        List<Block> blocks = List.of(new Paragraph(List.of(new Text("Body"), new FootnoteRef("n", 1))),
                words(40, "more"));
        List<Page> pages = layout(with(THEME.page(), Theme.FootnotePlacement.END), blocks, List.of(note));
        Page last = pages.get(pages.size() - 1);
        List<TextItem> notes = texts(last, StructureRole.FOOTNOTE);
        assertFalse(notes.isEmpty());
        double lastBody = texts(last, StructureRole.PARAGRAPH).stream().mapToDouble(TextItem::baseline).max().orElse(0);
        assertTrue(notes.get(0).baseline() > lastBody, "notes follow the body");
        assertEquals("Notes", texts(last, StructureRole.H1).get(0).fragment().text().text());
    }

    @Test
    void letterPaperUsesItsOwnSizeAndMargins() {
        org.briefing.style.PageSetup letter = new org.briefing.style.PageSetup("Letter", 612, 792, 72, 72, 72, 72);
        List<Page> pages = layout(with(letter, Theme.FootnotePlacement.PAGE), List.of(words(400, "word")), List.of());
        assertEquals(612, pages.get(0).width());
        assertEquals(792, pages.get(0).height());
        for (TextItem t : texts(pages.get(0), StructureRole.PARAGRAPH)) {
            assertTrue(t.x() >= 72 - 1e-6 && t.right() <= 540 + 1e-6);
        }
    }

    @Test
    void cjkTextBreaksBetweenCharacters() {
        String han = "朝鲜的核问题需要中美两国的合作".repeat(20);
        List<Page> pages = layout(List.of(new Paragraph(List.of(new Text(han)))), List.of());
        List<TextItem> chars = texts(pages.get(0), StructureRole.PARAGRAPH);
        long lines = chars.stream().mapToDouble(TextItem::baseline).distinct().count();
        assertTrue(lines >= 3, "a spaceless run of ideographs wraps, lines: " + lines);
        double right = AREA.left() + AREA.textWidth();
        assertTrue(chars.stream().allMatch(t -> t.right() <= right + 1e-6));
        StringBuilder joined = new StringBuilder();
        chars.forEach(t -> joined.append(t.fragment().text().text()));
        assertEquals(han, joined.toString(), "every character is set once, in order");
    }

    private static Paragraph words(int count, String word) {
        return new Paragraph(List.of(new Text(String.join(" ", Collections.nCopies(count, word)))));
    }

    private static List<TextItem> texts(Page page, StructureRole role) {
        List<TextItem> out = new ArrayList<>();
        for (PageItem item : page.items()) {
            if (item instanceof TextItem t && t.role() == role) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void justifiedLinesFillTheColumnExactly() {
        List<Page> pages = layout(List.of(words(300, "word")), List.of());
        List<TextItem> body = texts(pages.get(0), StructureRole.PARAGRAPH);
        assertFalse(body.isEmpty());
        double right = AREA.left() + AREA.textWidth();
        java.util.Map<Double, Double> lineEnds = new java.util.TreeMap<>();
        for (TextItem t : body) {
            lineEnds.merge(t.baseline(), t.right(), Math::max);
            assertTrue(t.x() >= AREA.left() - 1e-6, "starts inside the column");
            assertTrue(t.right() <= right + 1e-6, "ends inside the column");
        }
        List<Double> ends = new ArrayList<>(lineEnds.values());
        assertTrue(ends.size() > 5);
        for (int i = 0; i < ends.size() - 1; i++) {
            assertEquals(right, ends.get(i), 0.01, "line " + i + " is justified to the right edge");
        }
        // 4 chars at 10.5pt = 21pt per word plus a space of 5.25pt: a line holds floor((w+s)/(21+s)) words.
        int perLine = (int) Math.floor((AREA.textWidth() + 5.25 * 0.7) / (21 + 5.25 * 0.7));
        long firstLine = body.stream().filter(t -> t.baseline() == body.get(0).baseline()).count();
        assertTrue(Math.abs(firstLine - perLine) <= 1, "first-fit fills the line: " + firstLine + " vs " + perLine);
    }

    @Test
    void longTextFlowsOntoPagesWithoutLeavingTheTextArea() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            blocks.add(words(80, "text"));
        }
        List<Page> pages = layout(blocks, List.of());
        assertTrue(pages.size() >= 4, "60 long paragraphs take several pages, got " + pages.size());
        for (Page page : pages) {
            for (TextItem t : texts(page, StructureRole.PARAGRAPH)) {
                assertTrue(t.baseline() <= AREA.bottom() + 1e-6, "page " + page.number() + " overflows");
                assertTrue(t.baseline() >= AREA.top(), "page " + page.number() + " text above the top margin");
            }
            String footer = texts(page, StructureRole.ARTIFACT_FOOTER).get(0).fragment().text().text();
            assertTrue(footer.endsWith("Page " + page.number() + " of " + pages.size()), footer);
        }
    }

    @Test
    void tableHeaderRepeatsOnEveryPageTheTableSpans() {
        List<List<Inline>> head = List.of(List.of(new Text("Rank")), List.of(new Text("Region")));
        List<TableRow> body = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            body.add(new TableRow(List.of(List.of(new Text(Integer.toString(i))), List.of(new Text("Row " + i)))));
        }
        Table table = new Table(List.of(Table.Alignment.RIGHT, Table.Alignment.LEFT), List.of(new TableRow(head)), body);
        List<Page> pages = layout(List.of(words(10, "intro"), table), List.of());
        int pagesWithCells = 0;
        for (Page page : pages) {
            List<TextItem> cells = texts(page, StructureRole.TABLE_CELL);
            if (cells.isEmpty()) {
                continue;
            }
            pagesWithCells++;
            List<TextItem> headers = texts(page, StructureRole.TABLE_HEADER_CELL);
            assertEquals(2, headers.size(), "header row on page " + page.number());
            double headerY = headers.get(0).baseline();
            assertTrue(cells.stream().allMatch(c -> c.baseline() > headerY), "header above the rows");
            assertTrue(cells.stream().allMatch(c -> c.baseline() <= AREA.bottom()), "rows inside the text area");
        }
        assertTrue(pagesWithCells >= 3, "150 rows span several pages, got " + pagesWithCells);
    }

    @Test
    void onlyRowsTallerThanAPageAreSplit() {
        List<List<Inline>> head = List.of(List.of(new Text("Key")), List.of(new Text("Value")));
        String huge = String.join(" ", Collections.nCopies(2500, "cell"));
        List<TableRow> body = List.of(
                new TableRow(List.of(List.of(new Text("small")), List.of(new Text("short")))),
                new TableRow(List.of(List.of(new Text("big")), List.of(new Text(huge)))));
        Table table = new Table(List.of(Table.Alignment.LEFT, Table.Alignment.LEFT), List.of(new TableRow(head)), body);
        List<Page> pages = layout(List.of(table), List.of());
        assertTrue(pages.size() >= 2, "the huge row continues on the next page");
        for (Page page : pages) {
            for (TextItem t : texts(page, StructureRole.TABLE_CELL)) {
                assertTrue(t.baseline() <= AREA.bottom() + 1e-6, "cell text inside the text area");
            }
            if (page.number() > 1) {
                assertEquals(2, texts(page, StructureRole.TABLE_HEADER_CELL).size(), "header repeated");
            }
        }
        // The small row is not pushed off page 1 by the huge one.
        assertTrue(texts(pages.get(0), StructureRole.TABLE_CELL).stream()
                .anyMatch(t -> t.fragment().text().text().equals("small")));
        long cellWords = pages.stream().flatMap(p -> texts(p, StructureRole.TABLE_CELL).stream())
                .filter(t -> t.fragment().text().text().equals("cell")).count();
        assertEquals(2500, cellWords, "no line of the split row is lost");
    }

    @Test
    void footnotesSitAtTheFootOfThePageThatReferencesThem() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            blocks.add(words(80, "text"));
        }
        blocks.add(new Paragraph(List.of(new Text("Referenced here"), new FootnoteRef("n", 1), new Text(" end."))));
        for (int i = 0; i < 12; i++) {
            blocks.add(words(80, "more"));
        }
        Footnote note = new Footnote("n", 1, List.of(new Paragraph(List.of(new Text("The note text.")))));
        List<Page> pages = layout(blocks, List.of(note));
        int refPage = -1;
        int notePage = -1;
        for (Page page : pages) {
            if (!texts(page, StructureRole.FOOTNOTE_REF).isEmpty()) {
                refPage = page.number();
            }
            if (!texts(page, StructureRole.FOOTNOTE).isEmpty()) {
                notePage = page.number();
                double noteTop = texts(page, StructureRole.FOOTNOTE).get(0).baseline();
                for (TextItem t : texts(page, StructureRole.PARAGRAPH)) {
                    assertTrue(t.baseline() < noteTop, "body text stays above the footnote");
                }
                assertTrue(noteTop <= AREA.bottom());
                assertEquals(1, texts(page, StructureRole.FOOTNOTE_LABEL).size(), "numbered");
            }
        }
        assertTrue(refPage > 1, "the reference is past page 1");
        assertEquals(refPage, notePage);
    }

    @Test
    void deeplyNestedListsAndEmphasisDoNotOverflowTheStack() {
        Block block = words(2, "leaf");
        org.briefing.model.Inline inline = new Text("core");
        for (int i = 0; i < 10_000; i++) {
            block = new org.briefing.model.ListBlock(false, 1, true,
                    List.of(new org.briefing.model.ListItem(null, List.of(block))));
            inline = new org.briefing.model.Emphasis(List.of(inline));
        }
        List<Page> pages = layout(List.of(block, new Paragraph(List.of(inline))), List.of());
        assertFalse(texts(pages.get(pages.size() - 1), StructureRole.PARAGRAPH).isEmpty());
    }

    @Test
    void anItemWhoseFirstBlockIsAListShowsBothLabels() {
        Block inner = new org.briefing.model.ListBlock(true, 1, true,
                List.of(new org.briefing.model.ListItem(null, List.of(words(2, "inner")))));
        Block outer = new org.briefing.model.ListBlock(false, 1, true,
                List.of(new org.briefing.model.ListItem(null, List.of(inner))));
        List<TextItem> labels = texts(layout(List.of(outer), List.of()).get(0), StructureRole.LIST_LABEL);
        assertEquals(List.of("\u2022", "1."), labels.stream().map(t -> t.fragment().text().text()).toList());
        assertEquals(labels.get(0).baseline(), labels.get(1).baseline());
        assertTrue(labels.get(0).right() < labels.get(1).x(), "outer label left of the inner one");
    }

    @Test
    void anEmptyDocumentStillHasAPage() {
        assertEquals(1, layout(List.of(), List.of()).size());
    }

    @Test
    void aFootnoteTallerThanThePageContinuesOnTheNext() {
        Footnote note = new Footnote("n", 1, List.of(words(3000, "note")));
        List<Block> blocks = List.of(new Paragraph(List.of(new Text("Body"), new FootnoteRef("n", 1))),
                words(50, "after"));
        List<Page> pages = layout(blocks, List.of(note));
        long noteWords = 0;
        for (Page page : pages) {
            for (TextItem t : texts(page, StructureRole.FOOTNOTE)) {
                assertTrue(t.baseline() <= AREA.bottom() + 1e-6 && t.baseline() >= AREA.top(),
                        "note text inside the text area on page " + page.number());
                noteWords += 1;
            }
            List<TextItem> body = texts(page, StructureRole.PARAGRAPH);
            List<TextItem> notes = texts(page, StructureRole.FOOTNOTE);
            if (!body.isEmpty() && !notes.isEmpty()) {
                assertTrue(body.stream().mapToDouble(TextItem::baseline).max().getAsDouble()
                        < notes.get(0).baseline(), "body above notes on page " + page.number());
            }
        }
        assertEquals(3000, noteWords, "every word of the note is printed once");
        assertTrue(pages.size() >= 3);
    }

    @Test
    void aFootnoteNothingReferencesIsStillPrinted() {
        Footnote note = new Footnote("lost", 1, List.of(new Paragraph(List.of(new Text("Orphan note.")))));
        List<Page> pages = layout(List.of(words(10, "body")), List.of(note));
        assertFalse(texts(pages.get(pages.size() - 1), StructureRole.FOOTNOTE).isEmpty());
    }

    @Test
    void deeplyNestedQuotesDoNotOverflowTheStack() {
        Block block = words(3, "deep");
        for (int i = 0; i < 10_000; i++) {
            block = new org.briefing.model.BlockQuote(List.of(block));
        }
        List<Page> pages = layout(List.of(block), List.of());
        TextItem deep = texts(pages.get(0), StructureRole.QUOTE).get(0);
        assertTrue(deep.x() < AREA.left() + AREA.textWidth() / 2, "indentation is capped");
    }
}
