package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.model.Document;
import org.briefing.model.Participant;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Words hyphenated at a line end still extract whole: the seed memo is set with hyphens, and both
 * pdftotext and PDFBox's extractor give back every word of the source, the split ones included.
 */
class HyphenatedTextTest {
    private static Document seed;
    private static byte[] pdf;
    private static List<String> splitWords;

    @BeforeAll
    static void render() throws IOException {
        seed = PdfFixtures.read(PdfFixtures.SEED);
        pdf = PdfFixtures.render(PdfFixtures.SEED).pdf();
        PdfFixtures.save("hyphenated-seed.pdf", pdf);
        RenderJob job = new RenderJob(seed, PdfFixtures.theme(), PdfFixtures.resourcesFor(PdfFixtures.SEED),
                w -> { }, RenderOptions.defaults());
        splitWords = new ArrayList<>();
        for (Page page : new PdfRenderer().layout(job, new FontLibrary(job.theme()))) {
            List<TextItem> texts = new ArrayList<>();
            for (PageItem item : page.items()) {
                if (item instanceof TextItem t) {
                    texts.add(t);
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                TextItem t = texts.get(i);
                if (t.actualText() != null && !t.actualText().isEmpty()) {
                    // A word is drawn as one item per syllable; its start is the item after the last space.
                    StringBuilder start = new StringBuilder();
                    for (int j = i - 1; j >= 0 && texts.get(j).baseline() == t.baseline()
                            && texts.get(j).spaceWidth() == 0; j--) {
                        start.insert(0, texts.get(j).fragment().text().text());
                    }
                    splitWords.add(lastWord(start.toString()) + firstWord(t.actualText()));
                }
            }
        }
    }

    private static String lastWord(String text) {
        String[] words = text.split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static String firstWord(String text) {
        return text.split("[^\\p{L}]+")[0];
    }

    private List<String> sourceWords() {
        List<String> words = new ArrayList<>(ModelWords.words(seed.metadata().title()));
        words.addAll(ModelWords.of(seed.blocks()));
        for (Participant p : seed.metadata().participants()) {
            words.addAll(ModelWords.words(p.name() + " " + p.bio()));
        }
        return words;
    }

    @Test
    void theSeedIsHyphenated() {
        assertTrue(splitWords.size() >= 3, "words split at line ends: " + splitWords);
        for (String word : splitWords) {
            assertTrue(word.length() >= 5, word);
        }
    }

    @Test
    void pdftotextFindsEveryWordIncludingTheSplitOnes() throws Exception {
        assumeTrue(onPath("pdftotext"), "poppler-utils not installed");
        Path file = PdfFixtures.save("hyphenated-seed.pdf", pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0);
        assertNull(ModelWords.firstMissingInOrder(sourceWords(), text));
        List<String> extracted = ModelWords.words(text);
        for (String word : splitWords) {
            assertTrue(extracted.contains(word), word + " is found whole by pdftotext");
        }
        assertFalse(text.contains("\u2010") || text.contains("\u00ad"), "no hyphen characters leak");
    }

    @Test
    void pdfBoxFindsEveryWordIncludingTheSplitOnes() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertNull(ModelWords.firstMissingInOrder(sourceWords(), text));
        List<String> extracted = ModelWords.words(text);
        for (String word : splitWords) {
            assertTrue(extracted.contains(word), word + " is found whole by PDFBox");
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Path.of(dir, tool).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }
}
