package org.briefing.corpus;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pathological shape goes through the reader and every renderer on an ordinary (small) thread stack
 * without a {@link StackOverflowError} or any other failure, and its words survive. Sizes are chosen so the
 * suite stays fast while still nesting far past any recursion a stack could hold; timings are measured by
 * {@code PathologicalBenchmark} (src/tools), not here.
 */
class PathologicalRenderIT {
    /** A 256 KiB stack: a recursion per nesting level at depth 5 000 would overflow it. */
    private static final long SMALL_STACK = 256 * 1024;

    static Stream<Arguments> shapes() {
        // One size for every shape: the reader's guard rails keep even Flexmark's former quadratic shapes quick.
        return PathologicalInputs.all().entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue().apply(5000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void rendersThroughEveryStage(String name, String body) throws Throwable {
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                check(body);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "pathological-" + name, SMALL_STACK);
        worker.start();
        worker.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void check(String body) throws Exception {
        Document document = new MarkdownReader().parse("---\ntitle: Pathological\n---\n\n" + body, "pathological.md");
        // The words of the model's text: some words on any stage must come from the source.
        List<String> words = VisibleWords.of(ModelText.of(document));
        // A word longer than a line is broken across lines (and pages, between running heads): its start
        // must survive intact.
        List<String> sample = words.subList(0, Math.min(words.size(), 200)).stream()
                .map(w -> w.length() > 60 ? w.substring(0, 60) : w).toList();
        assertTrue(!words.isEmpty(), "the model kept no words");
        List<String> warnings = new ArrayList<>();
        String text = new String(Outputs.render("text", document, Resources.NONE, warnings), StandardCharsets.UTF_8);
        // Terminal text breaks words longer than the line; joined lines hold them whole.
        String joined = text.replaceAll("\\R\\s*", "");
        assertNull(VisibleWords.firstMissing(sample, text + " " + joined), "text output lost words");
        String pdfText = Outputs.pdfText(Outputs.render("pdf", document, Resources.NONE, warnings));
        assertNull(VisibleWords.firstMissing(sample, pdfText + " " + pdfText.replaceAll("\\R", "")), "PDF lost words");
        String epubText = Outputs.epubText(Outputs.render("epub", document, Resources.NONE, warnings));
        // Ordered-list numbers are drawn by the reading system from <ol>, not text in the book.
        List<String> withoutNumbers = sample.stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
        assertNull(VisibleWords.firstMissing(withoutNumbers, epubText), "EPUB lost words");
    }
}
