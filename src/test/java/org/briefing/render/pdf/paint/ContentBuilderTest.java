package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.briefing.style.Color;
import org.junit.jupiter.api.Test;

/** The content-stream writer leaves out a fill colour or font that is already in effect, and only those. */
class ContentBuilderTest {
    private static String text(ContentBuilder cs) {
        return new String(cs.bytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void repeatedFillAndFontAreWrittenOnce() {
        ContentBuilder cs = new ContentBuilder();
        cs.op("BT").fill(new Color(28, 28, 28)).font("F0", 10.5).op("ET");
        cs.op("BT").fill(new Color(28, 28, 28)).font("F0", 10.5).op("ET");
        assertEquals("BT\n0.11 0.11 0.11 rg\n/F0 10.5 Tf\nET\nBT\nET\n", text(cs));
    }

    @Test
    void aChangedColourFontOrSizeIsWritten() {
        ContentBuilder cs = new ContentBuilder();
        cs.fill(new Color(0, 0, 0)).fill(new Color(255, 0, 0)).fill(new Color(255, 0, 0));
        cs.font("F0", 10).font("F1", 10).font("F1", 12).font("F1", 12);
        assertEquals("0 0 0 rg\n1 0 0 rg\n/F0 10 Tf\n/F1 10 Tf\n/F1 12 Tf\n", text(cs));
    }

    @Test
    void strokeColourIsNotTheFillColour() {
        ContentBuilder cs = new ContentBuilder();
        cs.fill(new Color(0, 0, 0)).stroke(new Color(0, 0, 0)).fill(new Color(0, 0, 0));
        assertEquals("0 0 0 rg\n0 0 0 RG\n", text(cs));
    }
}
