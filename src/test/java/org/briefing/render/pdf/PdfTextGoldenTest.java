package org.briefing.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text PDFBox extracts, page by page, against reviewed golden files: catches lost words, changed line
 * and page breaks and furniture changes. Regenerate with {@code mvn test -Dbriefing.updateGolden=true}.
 */
class PdfTextGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"source/north-korea-us-china-cooperation.md", "src/test/resources/pdf/every-block.md"})
    void extractedTextMatchesTheGoldenFile(String source) throws IOException {
        byte[] pdf = PdfFixtures.render(Path.of(source)).pdf();
        StringBuilder text = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                text.append("=== page ").append(p).append(" ===\n").append(stripper.getText(doc));
            }
        }
        String name = Path.of(source).getFileName().toString().replace(".md", ".txt");
        Golden.assertMatches("pdf/" + name, text.toString());
    }
}
