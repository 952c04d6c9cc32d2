package org.briefing.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Multi-page PDFs made in the test with PDFBox, standing in for the memo until the PDF renderer lands:
 * each page carries a large heading naming its page number and a few lines of body text.
 */
final class SamplePdf {
    private static final Path FONT = Path.of("styles/fonts/NotoSans-Regular.ttf");

    private SamplePdf() {
    }

    /** The words printed large on page {@code n} (1-based), for recognising the page in the output. */
    static String heading(int n) {
        return "Briefing sample page " + NUMBER_WORDS[n - 1];
    }

    private static final String[] NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight"};

    /** A document of {@code pages} pages (at most 8) of the given size. */
    static byte[] of(int pages, PDRectangle size) {
        List<String> body = List.of("Cooperation on the peninsula depends on verification.",
                "Sanctions relief follows measurable steps, not promises.",
                "Washington and Beijing share an interest in stability.");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, FONT.toFile());
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                float top = size.getHeight() - 90;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 28);
                    content.newLineAtOffset(60, top);
                    content.showText(heading(n));
                    content.setFont(font, 14);
                    content.setLeading(22);
                    content.newLine();
                    content.newLine();
                    for (String line : linesFor(body, n)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                    // A frame close to the page edge shows in the output whether the page was scaled or cut.
                    content.addRect(20, 20, size.getWidth() - 40, size.getHeight() - 40);
                    content.stroke();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> linesFor(List<String> body, int page) {
        List<String> lines = new ArrayList<>(body);
        lines.add("End of page " + page + ".");
        return lines;
    }
}
