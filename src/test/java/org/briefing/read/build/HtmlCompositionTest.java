package org.briefing.read.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.Image;
import org.briefing.model.InputException;
import org.briefing.model.Length;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.RawHtml;
import org.briefing.model.Text;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw HTML that the model can say more plainly: images with their size, and page breaks. */
class HtmlCompositionTest {
    private static List<Block> read(String markdown) {
        return new MarkdownReader().parse(markdown, "t.md").blocks();
    }

    @Test
    void anImgBlockIsAFigureWithItsCssPixelSize() {
        Figure figure = assertInstanceOf(Figure.class,
                read("<img src=\"photo.jpg\" alt=\"A photo\" width=\"300\" height=200 title='Harbour'>").get(0));
        assertEquals(new Image("photo.jpg", "A photo", "Harbour", 1, Length.points(225), Length.points(150)),
                figure.image());
        assertEquals(List.of(new Text("Harbour")), figure.caption());
    }

    @Test
    void anImgInsideAParagraphKeepsItsSizeAndAWrapperIsLookedThrough() {
        Paragraph paragraph = assertInstanceOf(Paragraph.class, read("An <img src=i.png width=\"50%\"> icon").get(0));
        assertEquals(Length.percent(50), ((Image) paragraph.content().get(1)).width());
        Figure centred = assertInstanceOf(Figure.class,
                read("<p align=\"center\">\n  <img src=\"c.png\" alt=\"C\">\n</p>").get(0));
        assertEquals("c.png", centred.image().src());
    }

    @Test
    void otherHtmlIsKeptForTheRenderersToSanitise() {
        assertEquals(new HtmlBlock("<img alt=\"no source\">"), read("<img alt=\"no source\">").get(0));
        assertEquals(new HtmlBlock("<p><img src=a.png> and text</p>"), read("<p><img src=a.png> and text</p>").get(0));
        Paragraph paragraph = (Paragraph) read("a <span>b</span>").get(0);
        assertEquals(new RawHtml("<span>"), paragraph.content().get(1));
    }

    @Test
    void aBadHtmlWidthNamesTheValue() {
        assertEquals("t.md:2:25: unknown unit 'furlongs' in width=3furlongs; use %, cm, mm, in, pt or px",
                assertThrows(InputException.class, () -> read("\n<img src=\"a.png\" width=\"3furlongs\">"))
                        .getMessage());
        assertEquals("t.md:1:28: height=10%: only a width can be a percentage (of the text measure); give the "
                + "height in cm, mm, in, pt or px",
                assertThrows(InputException.class, () -> read("Text <img src=a.png height=10%>")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div style=\"break-before: page\"></div>",
        "<div style=\"page-break-before: always\"></div>",
        "<div style=\"page-break-after: always\"></div>",
        "<div style=\"break-after: page\"></div>",
        "<DIV STYLE='Break-Before:PAGE'>  </DIV>",
        "<div style=\"color: red; page-break-before : always !important\">\n</div>",
        "<div style=break-before:page></div>",
        "<div style=\"break-before: page\"/>",
    })
    void anEmptyBreakingDivIsAPageBreak(String html) {
        assertEquals(List.of(new Paragraph(List.of(new Text("a"))), new PageBreak(3),
                new Paragraph(List.of(new Text("b")))), read("a\n\n" + html + "\n\nb"));
    }

    @Test
    void newpageAndPagebreakAloneAreBreaks() {
        assertEquals(List.of(new PageBreak(1), new PageBreak(3)), read("\\newpage\n\n  \\pagebreak  "));
        assertInstanceOf(Paragraph.class, read("\\newpage now").get(0));
        assertInstanceOf(Paragraph.class, read("\\\\newpage").get(0));
    }

    @Test
    void aBreakingDivWithContentBreaksBeforeOrAfterIt() {
        List<Block> blocks = read("<div style=\"page-break-before: always\">\n\n## Part two\n\n</div>\n\nText");
        assertEquals(new PageBreak(1), blocks.get(0));
        assertInstanceOf(Heading.class, blocks.get(1));
        assertEquals(3, blocks.size());
        List<Block> after = read("<div style=\"break-after: page\">\n\nLast words\n\n</div>\n\nNext");
        assertEquals(List.of(new Paragraph(List.of(new Text("Last words"))), new PageBreak(5),
                new Paragraph(List.of(new Text("Next")))), after);
        assertEquals(List.of(new PageBreak(1), new HtmlBlock("Right under\nthe tag"), new Paragraph(List.of(new Text("In"))),
                new PageBreak(7)), read("<div style=\"break-after: page; break-before: page\">\nRight under\nthe tag\n\nIn\n\n</div>"));
        assertEquals(List.of(new PageBreak(1), new HtmlBlock("<b>kept</b>"), new PageBreak(1)),
                read("<div style=\"break-before: page; break-after: page\"><b>kept</b></div>"));
    }

    @Test
    void anOrdinaryDivKeepsItsClosingTag() {
        assertEquals(List.of(new HtmlBlock("<div class=\"x\">"), new Paragraph(List.of(new Text("In")))
                , new HtmlBlock("</div>")), read("<div class=\"x\">\n\nIn\n\n</div>"));
    }
}
