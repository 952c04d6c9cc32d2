package org.briefing.corpus;

import org.briefing.validate.EpubChecker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CommonMark spec example and GFM example goes through every renderer: no exception, a PDF that
 * PDFBox re-opens and {@code qpdf --check} accepts, an EPUB with no EPUBCheck error, and the example's
 * visible words (from the spec's expected HTML) present in the terminal text, the PDF text and the EPUB.
 *
 * <p>Text and PDF are checked per example. An EPUB costs about a second to make (fonts), so examples are
 * put into books of {@value #BATCH}, each after its own marker heading: each example's words are looked
 * for in its own stretch of the book, and a failing book is re-made per example to name the culprit.
 */
class RendererCorpusIT {
    private static final int BATCH = 40;
    private static final MarkdownReader READER = new MarkdownReader();
    /** Spec examples whose words the PDF does not show, and why (each also listed in the report). */
    private static final java.util.Map<Integer, String> KNOWN_PDF_GAPS = java.util.Map.of(
            27, "Malayalam ആ: no theme font has the glyph (the PDF renderer warns)",
            493, "Flexmark reads [link](<foo\\>) as a link to 'foo\\'; the PDF shows the link text only");
    /** Spec examples whose words the EPUB does not show, and why. */
    private static final java.util.Map<Integer, String> KNOWN_EPUB_GAPS = java.util.Map.ofEntries(
            java.util.Map.entry(156, "raw HTML: the EPUB's allow-list cleaner drops unknown and broken markup"),
            java.util.Map.entry(157, "raw HTML: the EPUB's allow-list cleaner drops unknown and broken markup"),
            java.util.Map.entry(158, "raw HTML: the EPUB's allow-list cleaner drops unknown and broken markup"),
            java.util.Map.entry(170, "raw HTML: scripts are dropped from the EPUB"),
            java.util.Map.entry(172, "raw HTML: style elements are dropped from the EPUB"),
            java.util.Map.entry(173, "raw HTML: style elements are dropped from the EPUB"),
            java.util.Map.entry(176, "raw HTML: comments are dropped from the EPUB"),
            java.util.Map.entry(178, "raw HTML: comments are dropped from the EPUB"),
            java.util.Map.entry(616, "raw HTML: comments are dropped from the EPUB"),
            java.util.Map.entry(313, "ordered-list numbers are drawn by the reading system, not text"),
            java.util.Map.entry(493, "Flexmark reads [link](<foo\\>) as a link to 'foo\\'; the EPUB shows the link text only"));

    @TempDir
    static Path folder;

    static List<SpecExample> examples() {
        return SpecExample.all();
    }

    static Stream<Arguments> batches() {
        List<SpecExample> all = SpecExample.all();
        return IntStream.range(0, (all.size() + BATCH - 1) / BATCH).mapToObj(b -> {
            List<SpecExample> batch = all.subList(b * BATCH, Math.min(all.size(), (b + 1) * BATCH));
            return Arguments.of(batch.get(0) + " to " + batch.get(batch.size() - 1), batch);
        });
    }

    private static Document read(SpecExample example) {
        return READER.parse(example.markdown(), "example-" + example.number() + ".md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void textAndPdfKeepEveryWord(SpecExample example) throws Exception {
        Document document = read(example);
        List<String> expected = VisibleWords.ofHtml(example.html());
        List<String> warnings = new ArrayList<>();

        String text = new String(Outputs.render("text", document, Outputs.anyImageIsAPixel(), warnings),
                StandardCharsets.UTF_8);
        assertNull(VisibleWords.firstMissing(expected, text), () -> "missing from the text output:\n" + text);

        byte[] pdf = Outputs.render("pdf", document, Outputs.anyImageIsAPixel(), warnings);
        String pdfText = Outputs.pdfText(pdf);
        String missing = VisibleWords.firstMissing(expected, pdfText);
        if (missing != null && !(example.file().startsWith("spec") && KNOWN_PDF_GAPS.containsKey(example.number()))) {
            assertNull(missing, () -> "missing from the PDF text:\n" + pdfText + "\nwarnings: " + warnings);
        }
        Path pdfFile = folder.resolve(example.file() + "-" + example.number() + ".pdf");
        Files.write(pdfFile, pdf);
        assertNull(Outputs.qpdfCheck(pdfFile));
        Files.delete(pdfFile);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batches")
    void epubBooksAreValidAndKeepEveryWord(String name, List<SpecExample> batch) throws Exception {
        List<String> problems = new ArrayList<>();
        List<SpecExample> batched = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (SpecExample example : batch) {
            Document document = read(example);
            if (document.footnotes().isEmpty()) {
                batched.add(example);
                documents.add(document);
            } else {
                checkAlone(example, document, problems);
            }
        }
        byte[] book;
        try {
            book = Outputs.render("epub", CorpusBook.of(batched, documents), Outputs.anyImageIsAPixel(), new ArrayList<>());
        } catch (RuntimeException e) {
            for (int i = 0; i < batched.size(); i++) {
                checkAlone(batched.get(i), documents.get(i), problems);
            }
            assertEquals(List.of(), problems, "the book failed (" + e + "); per example:");
            throw e;
        }
        List<String> errors = EpubChecker.errors(book, folder);
        if (!errors.isEmpty()) {
            problems.add("EPUBCheck on the book: " + errors);
            for (int i = 0; i < batched.size(); i++) {
                checkAlone(batched.get(i), documents.get(i), problems);
            }
        }
        List<String> texts = Outputs.epubTexts(book);
        for (SpecExample example : batched) {
            String stretch = CorpusBook.stretchOf(example, texts);
            String missing = stretch == null ? "(marker)" : VisibleWords.firstMissing(VisibleWords.ofHtml(example.html()), stretch);
            if (missing != null && !knownEpubGap(example)) {
                problems.add(example + ": '" + missing + "' missing from its stretch of the EPUB: " + stretch);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean knownEpubGap(SpecExample example) {
        return example.file().startsWith("spec") && KNOWN_EPUB_GAPS.containsKey(example.number());
    }

    /** Renders one example as its own book, noting an exception, EPUBCheck errors or missing words. */
    private static void checkAlone(SpecExample example, Document document, List<String> problems) throws Exception {
        byte[] epub;
        try {
            epub = Outputs.render("epub", document, Outputs.anyImageIsAPixel(), new ArrayList<>());
        } catch (RuntimeException e) {
            problems.add(example + ": " + e);
            return;
        }
        List<String> errors = EpubChecker.errors(epub, folder);
        if (!errors.isEmpty()) {
            problems.add(example + ": " + errors);
        }
        String missing = VisibleWords.firstMissing(VisibleWords.ofHtml(example.html()), Outputs.epubText(epub));
        if (missing != null && !knownEpubGap(example)) {
            problems.add(example + ": '" + missing + "' missing from the EPUB");
        }
    }
}
