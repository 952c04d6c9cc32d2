package org.briefing.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CommonMark spec example and GFM example reads without error and keeps all of its visible words. */
class ReaderCorpusTest {
    private static final MarkdownReader READER = new MarkdownReader();

    static List<SpecExample> examples() {
        return SpecExample.all();
    }

    @Test
    void theCorpusIsComplete() {
        assertEquals(652, SpecExample.load("spec-0.31.2.txt").size(), "CommonMark 0.31.2 has 652 examples");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsAndKeepsEveryWord(SpecExample example) {
        Document document = READER.parse(example.markdown(), "example-" + example.number() + ".md");
        String text = ModelText.of(document);
        assertNull(VisibleWords.firstMissing(VisibleWords.ofHtml(example.html()), text),
                () -> "missing from the model; model text: " + text);
    }
}
