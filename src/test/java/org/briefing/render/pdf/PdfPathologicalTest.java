package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.corpus.PathologicalInputs;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile input shapes render to a PDF that PDFBox can read back, without overflowing the stack. */
class PdfPathologicalTest {
    static Stream<Arguments> shapes() {
        return PathologicalInputs.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().apply(2000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void rendersWithoutFailing(String name, String body) throws IOException {
        Document doc = new MarkdownReader().parse("---\ntitle: Pathological\n---\n\n" + body, "pathological.md");
        byte[] pdf = PdfFixtures.render(doc, PdfFixtures.theme(), Resources.NONE).pdf();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertTrue(read.getNumberOfPages() >= 1, name);
        }
    }
}
