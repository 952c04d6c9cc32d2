package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, the outline's sibling: PDFBox marks an object graph as the document's recursively when it is
 * attached, so a finished structure tree attached last costs stack frames in proportion to its depth.
 * Attached root first and filled top-down, each element is marked while still empty.
 */
class StructureTreeWriterTest {
    private static final int DEPTH = 20_000;

    @Test
    void aVeryDeepTreeIsWrittenOnTheDefaultStack() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            TagElement root = new TagElement("Document", null);
            TagElement e = root;
            for (int i = 0; i < DEPTH; i++) {
                e = e.child("Div");
            }
            e.kids.add(new TagElement.MarkedRef(0, 0));
            StructureTreeWriter.write(doc, List.of(page), new TaggedContent(root, List.of(List.of(e)), List.of(), List.of()));
            PdfSerializer.save(doc, new ByteArrayOutputStream());
            COSDictionary element = (COSDictionary) doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getDictionaryObject(COSName.K);
            int depth = 0;
            while (element.getDictionaryObject(COSName.K) instanceof COSArray kids
                    && kids.getObject(0) instanceof COSDictionary child) {
                element = child;
                depth++;
            }
            assertEquals(DEPTH, depth);
        }
    }
}
