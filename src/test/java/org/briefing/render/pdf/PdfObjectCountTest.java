package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.corpus.PathologicalInputs;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.junit.jupiter.api.Test;

/**
 * Each footnote costs a fixed number of PDF objects: its Note, paragraph, label, reference and two Link
 * elements plus two link annotations. Actions, border styles and marked-content or object references are
 * written inline; as indirect objects they nearly doubled the count and the writer's memory (issue 7).
 */
class PdfObjectCountTest {
    @Test
    void indirectObjectsPerFootnoteStayBounded() throws IOException {
        int small = objects(200);
        int large = objects(400);
        double perNote = (large - small) / 200.0;
        assertTrue(perNote <= 9, "indirect objects per footnote: " + perNote);
    }

    private static int objects(int footnotes) throws IOException {
        String body = PathologicalInputs.all().get("many footnotes").apply(footnotes);
        Document doc = new MarkdownReader().parse("---\ntitle: Notes\n---\n\n" + body, "notes.md");
        byte[] pdf = PdfFixtures.render(doc, PdfFixtures.theme(), Resources.NONE).pdf();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            // Every note is in the IDTree (name, element): the document really holds them all.
            assertEquals(2 * footnotes, read.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getCOSDictionary(COSName.getPDFName("IDTree")).getCOSArray(COSName.NAMES).size());
            return read.getDocument().getTrailer().getInt(COSName.SIZE);
        }
    }
}
