package org.briefing.read.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.briefing.corpus.SpecExample;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;

/**
 * The reader's changes to how Flexmark parses inlines (backtick runs indexed per paragraph, long escaped
 * texts autolinked in pieces) give exactly Flexmark's own result, and bound the work on the shapes that
 * were quadratic. Timings are measured by {@code PathologicalBenchmark}, not here.
 */
class LinearInlinesTest {
    private static final Parser OURS = FlexmarkParser.build(true);
    private static final Parser FLEXMARKS = FlexmarkParser.build(false);
    private static final HtmlRenderer HTML = HtmlRenderer.builder(new MutableDataSet()).build();

    private static String distinctRuns(int runs) {
        StringBuilder s = new StringBuilder();
        for (int run = 1; run <= runs; run++) {
            s.append('e').append("`".repeat(run));
        }
        return s.toString();
    }

    @Test
    void everyCorpusExampleParsesAsWithFlexmarksOwnParser() {
        for (SpecExample example : SpecExample.all()) {
            assertEquals(html(FLEXMARKS, example.markdown()), html(OURS, example.markdown()), example.toString());
        }
    }

    @Test
    void hostileAndTrickyShapesParseAsWithFlexmarksOwnParser() {
        List<String> inputs = List.of(
                distinctRuns(120),
                distinctRuns(40) + distinctRuns(40),
                "`a`` `b` ``c``` \\``d` x ```e`` ``` f\n\\```g`` h\n",
                "`` a\nb `` c ` d\n` e",
                "\\*a \\*\\*b ".repeat(500) + "\n",
                ("\\*x www.example.com/a\\_b a@b.org \\[y\\] https://example.org/\\*z\\* ").repeat(60) + "\n",
                "\\*".repeat(3000) + "@example.org " + "\\_".repeat(300) + "www.example.com\n",
                "&amp;a &#42;&#x2A;b &copy; ".repeat(300) + "\n",
                "*emph \\* www.example.com*" + " \\*x".repeat(200) + " [link \\* www.a.com](u)\n",
                // Every kind of link the autolinker finds passes the cheap "may hold a link" test first.
                "WWW.EXAMPLE.COM and Www.example.org, mailto:a@b.org, ftp://x.org/f, a@b.org, x://\n",
                "https&#58;//example.org/ a&#64;b.org www&#46;example.com http&colon;//x.org\n",
                "no links here, only text: a colon, and an at-sign @ alone.\n");
        for (String input : inputs) {
            assertEquals(html(FLEXMARKS, input), html(OURS, input), input.substring(0, Math.min(60, input.length())));
        }
    }

    @Test
    void manyEscapesAreKeptAndAutolinkedInBoundedPieces() {
        String line = "\\*a www.example.com \\*\\*b x@example.org ";
        String source = line.repeat(3000) + "\n";
        var tree = OURS.parse(source);
        List<Text> texts = new ArrayList<>();
        int[] links = new int[2];
        new NodeVisitor(new VisitHandler<>(Text.class, texts::add),
                new VisitHandler<>(AutoLink.class, n -> links[0]++),
                new VisitHandler<>(MailLink.class, n -> links[1]++)).visit(tree);
        assertArrayEquals(new int[] {3000, 3000}, links);
        // The work bound: each piece the autolinker unescapes holds at most the budget plus one word's escapes.
        for (Text text : texts) {
            long escapes = text.getChars().chars().filter(c -> c == '\\').count();
            assertTrue(escapes <= ChunkedAutolinker.MAX_ESCAPES + 2, "a text of " + escapes + " escapes");
        }
        var document = new MarkdownReader().parse(source, "escapes.md");
        String text = PlainText.of(((Paragraph) document.blocks().get(0)).content());
        assertEquals("*a www.example.com **b x@example.org ".repeat(3000).strip(), text);
    }

    @Test
    void cutsOnlyAfterSpaceOrBeforeAnEscapeInAWordThatCannotHoldALink() {
        assertArrayEquals(new int[0], TextCuts.of("\\*a ".repeat(10), 10));
        int[] cuts = TextCuts.of("\\*a ".repeat(10), 4);
        assertArrayEquals(new int[] {16, 32}, cuts);
        // One long word without : @ . & is cut before escapes; one that may hold an address stays whole.
        assertArrayEquals(new int[] {8, 16}, TextCuts.of("\\*".repeat(10), 4));
        assertArrayEquals(new int[0], TextCuts.of("\\*".repeat(10) + "a@b", 4));
        assertArrayEquals(new int[0], TextCuts.of("\\*".repeat(10) + "&#64;", 4));
        // A backslash and the character it escapes are never parted.
        for (int cut : TextCuts.of("\\\\".repeat(20), 3)) {
            assertEquals(0, cut % 2, "cut inside an escape at " + cut);
        }
    }

    @Test
    void backtickRunsFindTheNextRunOfTheSameLength() {
        BacktickRuns runs = BacktickRuns.of("a`b``c`d```e``");
        assertEquals(1, runs.next(1, 0));
        assertEquals(6, runs.next(1, 2));
        assertEquals(-1, runs.next(1, 7));
        assertEquals(3, runs.next(2, 3));
        assertEquals(12, runs.next(2, 4));
        assertEquals(8, runs.next(3, 0));
        assertEquals(-1, runs.next(4, 0));
    }

    private static String html(Parser parser, String markdown) {
        return HTML.render(parser.parse(markdown));
    }
}
