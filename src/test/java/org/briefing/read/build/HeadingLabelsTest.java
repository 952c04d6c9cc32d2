package org.briefing.read.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.briefing.model.Code;
import org.briefing.model.Heading;
import org.briefing.model.InputException;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Text;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;

/** Pandoc's heading attributes: {@code {#id}} names a heading, {@code {-}} leaves it unnumbered, none shows. */
class HeadingLabelsTest {
    private static List<Heading> headings(String markdown) {
        return new MarkdownReader().parse(markdown, "t.md").blocks().stream()
                .filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    private static Heading heading(String markdown) {
        return headings(markdown).get(0);
    }

    @Test
    void theIdIsTheAuthorsAndTheBracesNeverReachTheText() {
        Heading method = heading("# Method {#sec:method}");
        assertEquals(List.of(new Text("Method")), method.content());
        assertEquals("sec:method", method.id());
        assertEquals("Method", PlainText.of(heading("## Method ## {#m .wide key=\"a value\"}").content()),
                "pandoc allows the closing hashes before the attributes");
        assertEquals("Method", PlainText.of(heading("## Method {#m} ##").content()));
        Heading setext = heading("Annex *one* {#annex}\n-----");
        assertEquals("annex", setext.id());
        assertEquals("Annex one", PlainText.of(setext.content()));
    }

    @Test
    void unnumberedHeadingsKeepTheirTextAndTheirDerivedId() {
        for (String markdown : List.of("## Annex {-}", "## Annex {.unnumbered}", "## Annex {- #x}")) {
            assertEquals(List.of(new Text("Annex")), heading(markdown).content(), markdown);
        }
        assertEquals("annex", heading("## Annex {-}").id());
    }

    @Test
    void bracesThatAreNotAnAttributeListAtTheEndStayText() {
        assertEquals("Sets {a, b} and more", PlainText.of(heading("# Sets {a, b} and more").content()));
        assertEquals("Range {-5}", PlainText.of(heading("# Range {-5}").content()));
        assertEquals("Use {#x} here", PlainText.of(heading("# Use {#x} here").content()));
        assertEquals(List.of(new Text("Code "), new Code("{#x}")), heading("# Code `{#x}`").content(),
                "an attribute list in code is code");
    }

    @Test
    void derivedIdsKeepClearOfAuthoredOnesWhereverTheyCome() {
        List<Heading> hs = headings("# Method\n\n# Other {#method}\n");
        assertEquals("method-2", hs.get(0).id(), "the author's id, further down, keeps its name");
        assertEquals("method", hs.get(1).id());
    }

    @Test
    void anIdUsedTwiceIsAnErrorNamingBothLines() {
        String message = assertThrows(InputException.class,
                () -> headings("# One {#dup}\n\nText.\n\n## Two {#dup}\n")).getMessage();
        assertEquals("t.md:5:8: the id #dup is used twice: on line 1 and on line 5; each heading needs its own",
                message);
    }

    @Test
    void aMalformedListAtTheEndIsAnErrorWithItsPlace() {
        String message = assertThrows(InputException.class, () -> headings("Intro\n\n# One {#}\n")).getMessage();
        assertEquals("t.md:3:8: '#' without a name in an attribute list", message);
    }

    @Test
    void headingsInsideQuotesAndFootnotesTakeAttributesToo() {
        var blocks = new MarkdownReader().parse("> # Quoted {#q}\n", "t.md").blocks();
        var quote = (org.briefing.model.BlockQuote) blocks.get(0);
        assertEquals("q", ((Heading) quote.blocks().get(0)).id());
        assertEquals(List.of(new Text("Quoted")), ((Heading) quote.blocks().get(0)).content());
        assertEquals(Paragraph.class, new MarkdownReader().parse("{#x}", "t.md").blocks().get(0).getClass());
    }
}
