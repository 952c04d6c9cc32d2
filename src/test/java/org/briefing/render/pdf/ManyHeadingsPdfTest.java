package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefing.corpus.PathologicalInputs;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: thousands of headings once overflowed the stack while saving, because PDFBox marks a detached
 * object graph as the document's recursively when it is attached (the outline's /Next chain was one long
 * path). Rendered on the test's default-sized thread stack.
 */
class ManyHeadingsPdfTest {
    private static final int HEADINGS = 10_000;

    @Test
    void tenThousandTopLevelHeadingsSaveWithEveryBookmarkAndHeadingTag() throws IOException {
        Document doc = new MarkdownReader().parse("---\ntitle: Headings\n---\n\n"
                + PathologicalInputs.manyHeadings(HEADINGS, 1), "headings.md");
        byte[] pdf = PdfFixtures.render(doc, PdfFixtures.theme(), Resources.NONE).pdf();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            int bookmarks = 0;
            for (PDOutlineItem item : read.getDocumentCatalog().getDocumentOutline().children()) {
                assertEquals("H" + bookmarks, item.getTitle());
                bookmarks++;
            }
            assertEquals(HEADINGS, bookmarks);
            PDStructureElement document = (PDStructureElement) read.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            long h1 = document.getKids().stream()
                    .filter(k -> k instanceof PDStructureElement e && e.getStructureType().equals("H1")).count();
            assertEquals(HEADINGS + 1, h1, "the title and every heading");
        }
    }
}
