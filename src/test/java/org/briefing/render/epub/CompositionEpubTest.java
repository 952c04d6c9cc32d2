package org.briefing.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.Length;
import org.briefing.model.Link;
import org.briefing.model.Metadata;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.briefing.validate.EpubChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page composition in the EPUB (issue 17): figures sized and captioned, tables captioned with their column
 * widths, numbering as the report theme asks, page breaks and keeps as CSS, and the book still clean.
 */
class CompositionEpubTest {
    private static final Theme REPORT = new ThemeLoader(Path.of("styles")).load("report");

    @TempDir
    Path temp;

    /** A report chapter with two figures, a captioned table with authored widths and a page break. */
    static Document report() {
        Image wide = new Image("images/chart.png", "Bars of monthly output, rising", "", 3, Length.percent(60), null);
        Image sized = new Image("images/chart.png", "A small chart", "", 9, Length.points(226.8), Length.points(141.7));
        Table routes = new Table(
                List.of(Table.Alignment.LEFT, Table.Alignment.NONE, Table.Alignment.RIGHT),
                List.of(row("Route", "Opened", "Cost (¢/kWh)")),
                List.of(row("North", "2024-03-01", "10"), row("South", "2023-11-15", "(3.5)"),
                        row("East", "2022-01-09", "1,200")),
                text("Routes by cost"), List.of(0.2, 0.5, 0.3), "tbl:routes");
        List<Block> blocks = List.of(
                new Heading(1, text("Output"), "output"),
                new Paragraph(List.of(new Text("As "), new Link("#fig:output", "", text("the chart")),
                        new Text(" shows, output rose."))),
                new Figure(wide, text("Monthly output, 2024"), "fig:output"),
                new Figure(sized, List.of(), ""),
                new PageBreak(12),
                new Heading(1, text("Costs"), "costs"),
                routes,
                new Paragraph(List.of(new Text("Closing words by "),
                        new Image("images/chart.png", "logo", "", 20, Length.points(50), null), new Text("."))));
        return new Document("report.md", Metadata.titled("A composed report"), blocks, List.of());
    }

    @Test
    void figuresAreSizedCaptionedNumberedAndKeepTheirAltTextAsAlternativeOnly() throws Exception {
        String output = section(render(REPORT), 1);
        assertTrue(output.contains("<figure id=\"fig:output\"><img src=\"../images/"), output);
        assertTrue(output.contains("alt=\"Bars of monthly output, rising\" style=\"width: 60%\"/>"), output);
        assertTrue(output.contains("<figcaption><span class=\"caption-label\">Figure 1.</span> Monthly output, 2024"
                + "</figcaption></figure>"), output);
        assertTrue(output.contains("alt=\"A small chart\" style=\"width: 226.8pt; height: 141.7pt\"/></figure>"),
                "no caption, no figcaption: " + output);
        assertEquals(1, output.split("Bars of monthly output", -1).length - 1, "the alt text appears once, as alt");
        assertTrue(output.contains("<a href=\"#fig:output\">the chart</a>"), "a label is a link target: " + output);
        assertTrue(output.contains("<div class=\"page-break\"></div>"), output);
    }

    @Test
    void tablesHaveANumberedCaptionTheirColumnWidthsAndTabularNumbers() throws Exception {
        String costs = section(render(REPORT), 2);
        assertTrue(costs.contains("<table id=\"tbl:routes\" class=\"keep\">\n<caption><span class=\"caption-label\">"
                + "Table 1.</span> Routes by cost</caption>\n<colgroup><col style=\"width: 20%\"/>"
                + "<col style=\"width: 50%\"/><col style=\"width: 30%\"/></colgroup>"), costs);
        assertTrue(costs.contains("<th scope=\"col\" class=\"align-left\">Route</th><th scope=\"col\" class=\"numeric\">"
                + "Opened</th><th scope=\"col\" class=\"align-right numeric\">Cost (¢/kWh)</th>"), costs);
        assertTrue(costs.contains("<td class=\"align-right numeric\">(3.5)</td>"), costs);
        assertTrue(costs.contains("<td class=\"align-left\">North</td>"), "words are not numbers: " + costs);
        assertTrue(costs.contains("class=\"inline-image\" alt=\"logo\" style=\"width: 50pt; height: auto\"/>"),
                "an inline image keeps its width and its proportions: " + costs);
    }

    @Test
    void theMemoThemeNumbersNothing() throws Exception {
        Map<String, byte[]> book = EpubFixtures.entries(EpubFixtures.render(report(), EpubFixtures.theme(),
                EpubFixtures.resourcesNextTo(EpubFixtures.EVERY_BLOCK), new ArrayList<>()));
        String all = EpubFixtures.text(book, "OEBPS/text/section-01.xhtml")
                + EpubFixtures.text(book, "OEBPS/text/section-02.xhtml");
        assertTrue(all.contains("<figcaption>Monthly output, 2024</figcaption>"), all);
        assertTrue(all.contains("<caption>Routes by cost</caption>"), all);
        assertFalse(all.contains("caption-label"), all);
    }

    @Test
    void stylesheetCarriesTheBreaksAndKeepsOfTheTheme() throws Exception {
        String css = EpubFixtures.text(render(REPORT), "OEBPS/styles/book.css");
        String h1 = css.lines().filter(l -> l.startsWith("h1 {")).findFirst().orElseThrow();
        assertTrue(h1.contains("break-before: page; page-break-before: always"), "report: chapters on new pages: " + h1);
        String h2 = css.lines().filter(l -> l.startsWith("h2 {")).findFirst().orElseThrow();
        assertFalse(h2.contains("break-before"), h2);
        for (String rule : List.of("h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }",
                "li, blockquote, pre.keep, table.keep, figure { break-inside: avoid; page-break-inside: avoid; }",
                "div.page-break { break-before: page; page-break-before: always; margin: 0; }",
                "figure img { max-height: 60vh; object-fit: contain; }",
                ".align-right, .numeric { font-variant-numeric: tabular-nums; }")) {
            assertTrue(css.contains(rule), rule + " missing from:\n" + css);
        }
        String memo = EpubFixtures.text(EpubFixtures.entries(EpubFixtures.render(report(), EpubFixtures.theme(),
                EpubFixtures.resourcesNextTo(EpubFixtures.EVERY_BLOCK), new ArrayList<>())), "OEBPS/styles/book.css");
        assertFalse(memo.lines().filter(l -> l.startsWith("h1 {")).findFirst().orElseThrow().contains("break-before"));
    }

    @Test
    void aRoleThatStartsOnARightHandPageSaysSoInCss() throws Exception {
        Path yaml = temp.resolve("book.yaml");
        java.nio.file.Files.writeString(yaml, "extends: report\nroles:\n  h2: {break-before: right}\n");
        Theme book = new ThemeLoader(temp, Path.of("styles")).load("book");
        String css = EpubFixtures.text(render(book), "OEBPS/styles/book.css");
        String h2 = css.lines().filter(l -> l.startsWith("h2 {")).findFirst().orElseThrow();
        assertTrue(h2.contains("break-before: right; page-break-before: right"), h2);
    }

    @Test
    void longTablesAndCodeAreNotKeptWhole() throws Exception {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(row("r" + i));
        }
        Table tall = new Table(List.of(Table.Alignment.NONE), List.of(), rows);
        Document document = new Document("t.md", Metadata.titled("Tall"), List.of(tall,
                new org.briefing.model.CodeBlock("", "a\n".repeat(13)),
                new org.briefing.model.CodeBlock("sh", "a\n".repeat(12))), List.of());
        String title = EpubFixtures.text(EpubFixtures.entries(EpubFixtures.render(document,
                org.briefing.render.Resources.NONE, new ArrayList<>())), "OEBPS/text/title.xhtml");
        assertTrue(title.contains("<table>\n"), "nine rows is more than the theme keeps: " + title);
        assertTrue(title.contains("<pre><code>"), "thirteen lines is more than the theme keeps: " + title);
        assertTrue(title.contains("<pre class=\"language-sh keep\">"), title);
    }

    @Test
    void composedReportIsCleanEpub33() throws Exception {
        EpubChecker.Result result = EpubChecker.check(render(REPORT).get("book"), temp);
        assertEquals("3.3", result.version());
        List<String> messages = result.messages().stream().filter(m -> !m.startsWith("USAGE CSS-028 ")).toList();
        assertEquals(List.of(), messages, "EPUBCheck: " + result.counts());
    }

    /** The book's entries, and the whole book under the name {@code book}. */
    private static Map<String, byte[]> render(Theme theme) throws Exception {
        byte[] epub = EpubFixtures.render(report(), theme, EpubFixtures.resourcesNextTo(EpubFixtures.EVERY_BLOCK),
                new ArrayList<>());
        Map<String, byte[]> entries = EpubFixtures.entries(epub);
        entries.put("book", epub);
        return entries;
    }

    private static String section(Map<String, byte[]> book, int n) {
        return EpubFixtures.text(book, String.format("OEBPS/text/section-%02d.xhtml", n));
    }

    private static List<Inline> text(String text) {
        return List.of(new Text(text));
    }

    private static TableRow row(String... cells) {
        return new TableRow(java.util.Arrays.stream(cells).map(CompositionEpubTest::text).toList());
    }
}
