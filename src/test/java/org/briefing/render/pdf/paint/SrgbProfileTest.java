package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the JDK's sRGB profile names a different primary platform on Java 17 ("APPL") and Java 25
 * ("MSFT"), so the same briefing gave different PDF/A bytes. The suite runs on both JDKs (.ci/run), and
 * the hash below must hold on each.
 */
class SrgbProfileTest {
    /** SHA-256 of the profile as embedded, the same on every supported JDK. */
    private static final String PROFILE_SHA256 = "6d91df9c7a13fef7ec9ed42644e804d7fdc6d8d6585fa690f67c83273ee00e15";

    @Test
    void outputIntentProfileIsTheSameOnEveryJdk() throws IOException, NoSuchAlgorithmException {
        byte[] embedded;
        try (PDDocument doc = new PDDocument()) {
            ConformanceMetadata.apply(doc, PdfStandard.A2A);
            try (var in = doc.getDocumentCatalog().getOutputIntents().get(0).getDestOutputIntent().createInputStream()) {
                embedded = in.readAllBytes();
            }
        }
        assertArrayEquals(new byte[4], Arrays.copyOfRange(embedded, 40, 44), "primary platform: none");
        assertEquals("acsp", new String(embedded, 36, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(PROFILE_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(embedded)),
                "java.version " + System.getProperty("java.version"));
    }
}
