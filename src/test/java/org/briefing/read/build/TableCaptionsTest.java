package org.briefing.read.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Emphasis;
import org.briefing.model.InputException;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Table;
import org.briefing.model.Text;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;

/** Pandoc's {@code Table: …} and {@code : …} captions beside a pipe table, with Quarto's column widths. */
class TableCaptionsTest {
    private static final String TABLE = "| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n";

    private static List<Block> read(String markdown) {
        return new MarkdownReader().parse(markdown, "t.md").blocks();
    }

    private static Table table(String markdown) {
        List<Block> blocks = read(markdown);
        assertEquals(1, blocks.size(), "the caption is no paragraph: " + blocks);
        return assertInstanceOf(Table.class, blocks.get(0));
    }

    private static String error(String markdown) {
        return assertThrows(InputException.class, () -> read(markdown)).getMessage();
    }

    @Test
    void aCaptionBeforeOrAfterWithOneBlankLineAtMost() {
        assertEquals(List.of(new Text("Before")), table("Table: Before\n\n" + TABLE).caption());
        assertEquals(List.of(new Text("Right above")), table("Table: Right above\n" + TABLE).caption());
        assertEquals("On two lines", PlainText.of(table(": On two\nlines\n" + TABLE).caption()));
        assertEquals(List.of(new Text("After")), table(TABLE + ": After\n").caption());
        assertEquals(List.of(new Text("After")), table(TABLE + "\ntable: After").caption());
        assertEquals(List.of(new Text("Indented")), table(TABLE + "\n  : Indented").caption());
    }

    @Test
    void aCaptionTwoBlankLinesAwayOrWithoutTheColonIsAParagraph() {
        assertEquals(2, read("Table: far\n\n\n" + TABLE).size());
        assertEquals(2, read(TABLE + "\nTables: are not captions").size());
        assertEquals(2, read(TABLE + "\n:no space").size());
        assertEquals(1, read("```\n: in code\n| a |\n|---|\n```").size());
    }

    @Test
    void eachCaptionGoesToOneTable() {
        List<Block> blocks = read(TABLE + "\n: First\n\n" + TABLE);
        assertEquals(2, blocks.size());
        assertEquals(List.of(new Text("First")), ((Table) blocks.get(0)).caption());
        assertEquals(List.of(), ((Table) blocks.get(1)).caption());
    }

    @Test
    void captionsKeepTheirMarkupAndEndInAttributes() {
        Table table = table(": Routes *by sea* {#tbl:routes .striped tbl-colwidths=\"[10,60,30]\"}\n\n" + TABLE);
        assertEquals(List.of(new Text("Routes "), new Emphasis(List.of(new Text("by sea")))), table.caption());
        assertEquals("tbl:routes", table.id());
        assertEquals(List.of(0.1, 0.6, 0.3), table.columnWidths());
        assertEquals("Routes by sea", PlainText.of(table.caption()));
    }

    @Test
    void bracesThatAreNoAttributesStayInTheCaption() {
        assertEquals("Sets {a, b}", PlainText.of(table(TABLE + ": Sets {a, b}").caption()));
        assertEquals("", table(TABLE + ": Sets {a, b}").id());
    }

    @Test
    void widthsMayBeOffByRoundingAndAreNormalised() {
        List<Double> widths = table(TABLE + ": C {tbl-colwidths=\"[33,33,33]\"}").columnWidths();
        assertEquals(1.0, widths.stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(1.0 / 3, widths.get(0), 1e-12);
    }

    @Test
    void flexmarksBracketCaptionLineIsKept() {
        assertEquals(List.of(new Text("Bracketed")), table(TABLE + "[Bracketed]").caption());
    }

    @Test
    void badColumnWidthsNameTheirPlace() {
        assertEquals("t.md:5:23: tbl-colwidths gives 2 widths for a table of 3 columns",
                error(TABLE + "\n: Cap {tbl-colwidths=\"[50,50]\"}"));
        assertEquals("t.md:5:23: tbl-colwidths adds up to 90, not 100",
                error(TABLE + "\n: Cap {tbl-colwidths=\"[30,30,30]\"}"));
        assertEquals("t.md:5:28: 'wide' in tbl-colwidths is not a number",
                error(TABLE + "\n: Cap {tbl-colwidths=\"[50, wide, 50]\"}"));
        assertEquals("t.md:5:22: tbl-colwidths=50 is not a list of percentages; write e.g. tbl-colwidths=\"[10,60,30]\"",
                error(TABLE + "\n: Cap {tbl-colwidths=50}"));
        assertEquals("t.md:2:21: '0' in tbl-colwidths: each width must be greater than 0",
                error(": Cap {#tbl:x\n  tbl-colwidths=[50,0,50]}\n" + TABLE));
        assertEquals("t.md:1:7: attribute list not closed: a '}' is missing", error(": Cap {#tbl:x\n\n" + TABLE));
        assertInstanceOf(Paragraph.class, read(": Cap {tbl-colwidths=\"[50,50]\"}").get(0));
        assertEquals("t.md:6:15: width=wide is not a length; write a number with a unit, e.g. width=60% or width=8cm",
                error("Table: spaced from its table\n" + TABLE + "\n![a](b){width=wide}"), "lines after a spaced caption");
    }
}
