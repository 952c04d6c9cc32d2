package org.briefing.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The validator wrapper itself finds failures in a PDF that claims nothing: it can fail. */
class VeraPdfTest {
    @Test
    void anUntaggedPdfFailsBothStandards() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        assertFalse(VeraPdf.failuresUa1(out.toByteArray()).isEmpty());
        assertFalse(VeraPdf.failuresA2a(out.toByteArray()).isEmpty());
    }
}
