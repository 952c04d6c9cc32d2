package org.briefing.composition;

import static org.briefing.composition.PdfCompositionTest.A4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.briefing.composition.TaggedPdf.Tag;
import org.briefing.model.Image;
import org.briefing.model.Length;
import org.junit.jupiter.api.Test;

/** Each composition check fails on a small PDF that breaks its property and passes on one that keeps it. */
class CompositionChecksTest {
    /** A table of {@code rows} body rows, one per 14 pt from {@code top}, rows past the page's foot on the next. */
    private static void table(TaggedPdf pdf, int rows, double top) {
        Tag body = pdf.tag(pdf.tag(null, "Table"), "TBody");
        for (int r = 0; r < rows; r++) {
            double y = top + 14 * r;
            int page = y > 760 ? 1 : 0;
            pdf.text(pdf.tag(pdf.tag(body, "TR"), "TD"), page, 80, page == 0 ? y : y - 680, 9, "row " + r);
        }
    }

    @Test
    void aShortTableSplitAcrossPagesIsFoundAndALongOneMaySplit() throws Exception {
        TaggedPdf split = new TaggedPdf(2);
        table(split, 3, 740);
        List<String> problems = CompositionChecks.keptBlocksSplit(PdfComposition.of(split.bytes()), 8, 12);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("a table of 3 body rows is split"), problems.get(0));

        TaggedPdf whole = new TaggedPdf(2);
        table(whole, 3, 100);
        assertEquals(List.of(), CompositionChecks.keptBlocksSplit(PdfComposition.of(whole.bytes()), 8, 12));

        TaggedPdf longTable = new TaggedPdf(2);
        table(longTable, 20, 600);
        assertEquals(List.of(), CompositionChecks.keptBlocksSplit(PdfComposition.of(longTable.bytes()), 8, 12));
    }

    @Test
    void aSplitCodeBlockListItemQuoteOrFigureIsFound() throws Exception {
        TaggedPdf pdf = new TaggedPdf(2);
        for (String type : List.of("Code", "LI", "BlockQuote")) {
            Tag block = pdf.tag(null, type);
            pdf.text(block, 0, 72, 760, 9, type + " starts").text(block, 1, 72, 90, 9, type + " ends");
        }
        Tag figure = pdf.tag(null, "Figure");
        pdf.image(figure, 0, 72, 600, 100, 150).image(figure, 1, 72, 80, 100, 20);
        List<String> problems = CompositionChecks.keptBlocksSplit(PdfComposition.of(pdf.bytes()), 8, 12);
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void aShortPageIsFoundUnlessTheReportExcusesIt() throws Exception {
        TaggedPdf pdf = new TaggedPdf(3);
        pdf.text(pdf.tag(null, "P"), 0, 72, 300, 10, "a third of a page");
        pdf.text(pdf.tag(null, "P"), 1, 72, 760, 10, "a full page");
        pdf.text(pdf.tag(null, "P"), 2, 72, 100, 10, "the last page may be short");
        PdfComposition composition = PdfComposition.of(pdf.bytes());

        assertEquals(List.of("page 1 is 33 % full (no reason reported)"),
                CompositionChecks.shortPages(composition, A4, Map.of()));
        assertEquals(List.of("page 1 is 33 % full (balance)"),
                CompositionChecks.shortPages(composition, A4, Map.of(1, "balance")));
        assertEquals(List.of(), CompositionChecks.shortPages(composition, A4, Map.of(1, "break-before")));
    }

    @Test
    void imagesAndTableTextPastTheMarginsAreFound() throws Exception {
        TaggedPdf pdf = new TaggedPdf(1);
        pdf.image(pdf.tag(null, "Figure"), 0, 72, 100, 451, 200);
        pdf.image(pdf.tag(null, "Figure"), 0, 72, 320, 480, 200);
        Tag cell = pdf.tag(pdf.tag(pdf.tag(null, "Table"), "TR"), "TD");
        pdf.text(cell, 0, 500, 600, 9, "(¢/kWh) and more");
        List<String> problems = CompositionChecks.outsideMargins(PdfComposition.of(pdf.bytes()), A4);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("an image in Figure"), problems.get(0));
        assertTrue(problems.get(1).startsWith("table text lies outside"), problems.get(1));
    }

    @Test
    void aCaptionOnAnotherPageThanItsFigureOrTableIsFound() throws Exception {
        TaggedPdf pdf = new TaggedPdf(2);
        pdf.image(pdf.tag(null, "Figure"), 0, 72, 600, 300, 160);
        pdf.text(pdf.tag(null, "Caption"), 1, 72, 90, 8, "Figure 1. Apart");
        pdf.image(pdf.tag(null, "Figure"), 1, 72, 100, 300, 160);
        pdf.text(pdf.tag(null, "Caption"), 1, 72, 275, 8, "Figure 2. Together");
        Tag table = pdf.tag(null, "Table");
        pdf.text(pdf.tag(table, "Caption"), 1, 72, 300, 8, "Table 1. Inside, before the rows");
        pdf.text(pdf.tag(pdf.tag(table, "TR"), "TD"), 1, 72, 320, 9, "1,284,000");
        pdf.text(pdf.tag(pdf.tag(null, "Sect"), "Caption"), 1, 72, 400, 8, "Stray");
        List<String> problems = CompositionChecks.captionsApart(PdfComposition.of(pdf.bytes()));

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Apart"), problems.get(0));
        assertTrue(problems.get(1).startsWith("a caption with no figure or table"), problems.get(1));
    }

    @Test
    void numbersDatesAndUnitsBrokenInsideACellAreFound() throws Exception {
        TaggedPdf pdf = new TaggedPdf(1);
        Tag row = pdf.tag(pdf.tag(pdf.tag(null, "Table"), "TBody"), "TR");
        String[][] cells = {{"1", "0"}, {"(¢/", "kWh)"}, {"Average bill", "($)"}, {"Interrup-", "tions"}, {"2024-10-01"},
            {"Brightwa-", "ter"}};
        for (int c = 0; c < cells.length; c++) {
            Tag cell = pdf.tag(row, "TD");
            for (int l = 0; l < cells[c].length; l++) {
                pdf.text(cell, 0, 80 + 90 * c, 200 + 12 * l, 9, cells[c][l]);
            }
        }
        List<String> source = List.of("10", "(¢/kWh)", "Average bill ($)", "Interruptions", "2024-10-01", "Brightwater");
        List<String> problems = CompositionChecks.brokenCells(PdfComposition.of(pdf.bytes()), List.of(source));

        // A long word may break when its column must shrink; a short one, a number or a unit never.
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'10'"), problems.get(0));
        assertTrue(problems.get(1).contains("'(¢/kWh)'"), problems.get(1));
        assertTrue(problems.get(2).contains("'Brightwater'"), problems.get(2));
        assertEquals(List.of("the PDF has 1 tables, the source 0"),
                CompositionChecks.brokenCells(PdfComposition.of(pdf.bytes()), List.of()));
    }

    @Test
    void brokenTokensAlignLinesWithTheSourceByTheirLetters() {
        assertEquals(List.of(), CompositionChecks.brokenTokens(List.of("Minutes lost", "(SAIDI)"), "Minutes lost (SAIDI)"));
        assertEquals(List.of("2,345"), CompositionChecks.brokenTokens(List.of("2,", "345 homes"), "2,345 homes"));
        assertEquals(List.of("Interruptions"), CompositionChecks.brokenTokens(List.of("Interrup-", "tions"), "Interruptions"));
        // A break after the source's own hyphen still breaks the word; whether that matters is the caller's call.
        assertEquals(List.of("well-served"), CompositionChecks.brokenTokens(List.of("well-", "served"), "well-served"));
    }

    @Test
    void figuresAreAsWideAsAskedUnlessTheHeightLimitShrankThem() throws Exception {
        TaggedPdf pdf = new TaggedPdf(1);
        // The measure is 451.28 pt: 60 % is 270.8 pt. Max height 0.6 of 697.89 is 418.7 pt.
        pdf.image(pdf.tag(null, "Figure"), 0, 72, 80, 270.8, 140);
        pdf.image(pdf.tag(null, "Figure"), 0, 72, 240, 200, 140);
        pdf.image(pdf.tag(null, "Figure"), 0, 72, 300, 150, 418.7);
        List<Image> images = List.of(
                new Image("a.png", "alt", "", 1, Length.percent(60), null),
                new Image("b.png", "alt", "", 2, Length.percent(60), null),
                new Image("c.png", "alt", "", 3, Length.percent(90), null));
        List<String> problems = CompositionChecks.figureSizes(PdfComposition.of(pdf.bytes()), images, A4, 0.6);

        assertEquals(List.of("figure 2 (b.png) is 200.0 pt wide, the source asks 270.8"), problems);
        assertEquals(List.of("the PDF has 3 figures, the source 1 images"), CompositionChecks.figureSizes(
                PdfComposition.of(pdf.bytes()), images.subList(0, 1), A4, 0.6));
    }

    @Test
    void reportReasonsAreReadPerPage() {
        String output = """
                Typography of x.md
                  pages                       3
                Composition of x.md
                  page 1    54 %  break-before
                  page 2    97 %  full
                  page 3    40 %  end
                """;
        assertEquals(Map.of(1, "break-before", 2, "full", 3, "end"), ReportReasons.of(output));
    }
}
