package org.briefing.render.epub.xhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.model.Block;
import org.briefing.model.Footnote;
import org.briefing.model.FootnoteRef;
import org.briefing.model.Heading;
import org.briefing.model.Paragraph;
import org.briefing.model.Text;
import org.junit.jupiter.api.Test;

/** The escaping writer, the sanitiser, and how the body is cut into documents. */
class XhtmlTest {
    @Test
    void everythingFromTheSourceIsEscapedAndForbiddenCharactersDropped() {
        XhtmlWriter out = new XhtmlWriter();
        out.start("p", "title", "a \"quoted\" <b> & \n", "class", null).text("1 < 2 & 3 > \"x\"\u0001\uFFFE\uD800 ok \uD83D\uDE00").end();
        assertEquals("<p title=\"a &quot;quoted&quot; &lt;b&gt; &amp; &#10;\">1 &lt; 2 &amp; 3 &gt; \"x\" ok \uD83D\uDE00</p>",
                out.finish());
    }

    @Test
    void unbalancedMarkupIsCaught() {
        assertThrows(IllegalStateException.class, () -> new XhtmlWriter().end());
        XhtmlWriter open = new XhtmlWriter().start("div");
        assertThrows(IllegalStateException.class, open::finish);
    }

    @Test
    void sanitiserKeepsStructureAndDropsScriptsHandlersStylesAndExternalResources() throws Exception {
        HtmlSanitizer.Clean clean = new HtmlSanitizer().block("<div onclick=\"x()\" style=\"color:red\"><p>Hi <b>there</b>"
                + "<script>alert(1)</script><style>p{}</style><img src=\"http://t.example/p.gif\">"
                + "<iframe src=\"http://t.example\"></iframe><a href=\"javascript:x()\">j</a>"
                + "<a href=\"https://ok.example/\" onmouseover=\"y()\">ok</a><br>&nbsp;&copy;<unknown>u</unknown>");
        String xhtml = clean.xhtml();
        for (String bad : List.of("script", "alert", "style", "onclick", "onmouseover", "img", "iframe", "t.example",
                "javascript")) {
            assertFalse(xhtml.contains(bad), bad + " survived: " + xhtml);
        }
        assertTrue(xhtml.contains("<b>there</b>") && xhtml.contains("<a href=\"https://ok.example/\">ok</a>"), xhtml);
        assertTrue(xhtml.contains("<br />") || xhtml.contains("<br/>"), xhtml);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                ("<root>" + xhtml + "</root>").getBytes(StandardCharsets.UTF_8)));
        assertTrue(clean.text().contains("Hi there") && !clean.text().contains("alert"), clean.text());
    }

    @Test
    void inlineRawHtmlKeepsEntitiesAndBreaksOnly() {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        assertEquals("\u00a9", sanitizer.inlineText("&copy;"));
        assertEquals("", sanitizer.inlineText("<span onclick=\"x()\">"));
        assertTrue(sanitizer.isBreak("<br />"));
    }

    @Test
    void bodyIsSplitAtTopLevelHeadingsWithTheLeadFiledWithTheTitlePage() {
        Block lead = para("lead");
        Heading one = new Heading(2, List.of(new Text("One")), "one");
        Heading sub = new Heading(3, List.of(new Text("Sub")), "sub");
        Heading two = new Heading(2, List.of(new Text("Two")), "two");
        List<Section> sections = Section.split(List.of(lead, one, para("a"), sub, two, para("b")));
        assertEquals(List.of("title.xhtml", "section-01.xhtml", "section-02.xhtml"),
                sections.stream().map(Section::file).toList());
        assertEquals(List.of(lead), sections.get(0).blocks());
        assertEquals(one, sections.get(1).heading());
        assertEquals(3, sections.get(1).blocks().size());
    }

    @Test
    void linksIndexHeadingsAcrossDocumentsAndPlaceNotesWhereFirstCited() {
        Heading one = new Heading(1, List.of(new Text("One")), "one");
        Heading two = new Heading(1, List.of(new Text("Two")), "one");
        Block cite = new Paragraph(List.of(new Text("x"), new FootnoteRef("a", 1)));
        Footnote a = new Footnote("a", 1, List.of(new Paragraph(List.of(new FootnoteRef("b", 2)))));
        Footnote b = new Footnote("b", 2, List.of(para("b")));
        Footnote c = new Footnote("c", 3, List.of(para("c")));
        BookLinks links = new BookLinks(Section.split(List.of(one, two, cite)), List.of(a, b, c));
        assertEquals("one", links.idOf(one));
        assertEquals("one-2", links.idOf(two), "duplicate ids are made unique");
        assertEquals("section-01.xhtml#one", links.anchor("one").hrefFrom("section-02.xhtml"));
        assertEquals(List.of(a, b, c), links.footnotesIn("section-02.xhtml"),
                "a note cited by a note stays with it; an uncited note goes with the last document");
        assertEquals(List.of(), links.footnotesIn("section-01.xhtml"));
        assertEquals("noteref-1", links.firstReference(1).id());
        assertEquals(null, links.firstReference(2), "only a note cites note 2");
    }

    @Test
    void headingIdsInTheFormOfNoteIdsGetAPrefixAndStayDistinct() {
        // Found by fuzzing: "footnote-1" took a numbered suffix that kept the form, and the search never ended.
        Heading note = new Heading(2, List.of(new Text("Footnote 1")), "footnote-1");
        Heading again = new Heading(2, List.of(new Text("Footnote 1")), "footnote-1");
        Heading ref = new Heading(2, List.of(new Text("Noteref")), "noteref-");
        BookLinks links = new BookLinks(Section.split(List.of(note, again, ref)), List.of());
        assertEquals("section-footnote-1", links.idOf(note));
        assertEquals("section-footnote-1-2", links.idOf(again));
        assertEquals("section-noteref-", links.idOf(ref));
        assertEquals("section-footnote-1", links.anchor("footnote-1").id(), "a link to #footnote-1 finds the heading");
    }

    private static Block para(String text) {
        return new Paragraph(List.of(new Text(text)));
    }
}
