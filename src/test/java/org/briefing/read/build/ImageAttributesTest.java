package org.briefing.read.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Figure;
import org.briefing.model.Image;
import org.briefing.model.InputException;
import org.briefing.model.Length;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Text;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Pandoc's {@code {width=… height=… #id fig-cap=…}} after an image, read into the model. */
class ImageAttributesTest {
    private static final double PT_PER_CM = 72 / 2.54;

    private static List<Block> read(String markdown) {
        return new MarkdownReader().parse(markdown, "t.md").blocks();
    }

    private static Figure figure(String markdown) {
        return assertInstanceOf(Figure.class, read(markdown).get(0));
    }

    private static String error(String markdown) {
        return assertThrows(InputException.class, () -> read(markdown)).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "{width=60%}; 60; true",
        "{width=8cm}; 226.77165354330708; false",
        "{width=80mm}; 226.77165354330708; false",
        "{width=2in}; 144; false",
        "{width=100pt}; 100; false",
        "{width=300px}; 225; false",
        "{width=300}; 225; false",
        "{width=\"50%\"}; 50; true",
        "{width='4.5cm'}; 127.55905511811024; false",
        "{ width=100% }; 100; true",
    })
    void widthsInEveryUnit(String attributes, double value, boolean percent) {
        Length width = figure("![a](c.png)" + attributes).image().width();
        assertEquals(value, width.value(), 1e-9);
        assertEquals(percent, width.percent());
    }

    @Test
    void heightIdAndCaption() {
        Figure figure = figure("![Alt text](c.png \"Title\"){#fig:grid .wide height=5cm fig-cap=\"Grid -- by region\"}");
        assertEquals(5 * PT_PER_CM, figure.image().height().value(), 1e-9);
        assertNull(figure.image().width());
        assertEquals("fig:grid", figure.id());
        assertEquals(List.of(new Text("Grid -- by region")), figure.caption());
        assertEquals("Alt text", figure.image().alt());
    }

    @Test
    void theTitleCaptionsAFigureAndTheAltTextNever() {
        assertEquals(List.of(new Text("Title")), figure("![Alt](c.png \"Title\")").caption());
        assertEquals(List.of(), figure("![Alt](c.png)").caption());
        assertEquals(List.of(), figure("![Alt](c.png){width=50%}").caption());
        assertEquals("Described", figure("![Alt](c.png){fig-alt=\"Described\"}").image().alt());
    }

    @Test
    void anInlineImageKeepsItsSizeAndTheBracesVanish() {
        Paragraph paragraph = assertInstanceOf(Paragraph.class,
                read("A logo ![logo](l.png){height=12pt .icon} in a line, {not attributes} kept.").get(0));
        Image image = assertInstanceOf(Image.class, paragraph.content().get(1));
        assertEquals(Length.points(12), image.height());
        assertEquals("A logo logo in a line, {not attributes} kept.", PlainText.of(paragraph.content()));
    }

    @Test
    void attributeTextNeverReachesTheVisibleText() {
        Paragraph paragraph = assertInstanceOf(Paragraph.class, read(
                "Before ![a](x.png){fig-cap=\"It's *so* -- <b>bold</b>\" key='v' width=10%}after, "
                        + "**strong** ![b](y.png){#i}end.").get(0));
        assertEquals("Before aafter, strong bend.", PlainText.of(paragraph.content()));
    }

    @Test
    void attributesInsideALinkAndATableCell() {
        assertEquals("a go", PlainText.of(((Paragraph) read("[![a](x.png){width=5cm}](https://example.org) go")
                .get(0)).content()));
        org.briefing.model.Table table = assertInstanceOf(org.briefing.model.Table.class,
                read("| A | B |\n|---|---|\n| ![x](x.png){width=2cm} | y |\n").get(0));
        List<org.briefing.model.Inline> cell = table.body().get(0).cells().get(0);
        assertEquals("x", PlainText.of(cell).strip());
        assertEquals(2 * PT_PER_CM, ((Image) cell.get(0)).width().value(), 1e-9);
    }

    @Test
    void unknownKeysAndClassesAreQuietAndUnseen() {
        Figure figure = figure("![a](c.png){.wide data-x=1 style=\"border: 1px\"}");
        assertNull(figure.image().width());
        assertEquals("", figure.id());
    }

    @Test
    void badLengthsNameTheValuesLineAndColumn() {
        assertEquals("t.md:3:19: unknown unit 'furlongs' in width=3furlongs; use %, cm, mm, in, pt or px",
                error("Text\n\n![a](b.png){width=3furlongs}\n"));
        assertEquals("t.md:1:20: width=150%: a width is at most 100% of the text measure",
                error("![a](b.png){width=\"150%\"}"));
        assertEquals("t.md:1:19: width=0: a width must be greater than zero", error("![a](b.png){width=0}"));
        assertEquals("t.md:1:20: height=-2cm: a height must be greater than zero",
                error("![a](b.png){height=-2cm}"));
        assertEquals("t.md:1:20: height=50%: only a width can be a percentage (of the text measure); give the "
                + "height in cm, mm, in, pt or px", error("![a](b.png){height=50%}"));
        assertEquals("t.md:1:19: width=wide is not a length; write a number with a unit, e.g. width=60% or width=8cm",
                error("![a](b.png){width=wide}"));
    }

    @Test
    void malformedBracesNameWhereTheyOpen() {
        assertEquals("t.md:2:16: attribute list not closed: a '}' is missing",
                error("Line one\nSee ![a](b.png){width=5cm\n\n}"));
        assertEquals("t.md:1:13: expected #id, .class or key=value in an attribute list, found 'w'",
                error("![a](b.png){width = 5cm}"));
        assertEquals("t.md:1:29: value of fig-cap not closed: a \" is missing",
                error("![a](b.png){width=1 fig-cap=\"open}"));
    }
}
