package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

/** The --pdf-standard values map to what the PDF claims; anything else is bad input naming the option. */
class PdfStandardTest {
    @Test
    void valuesMapToClaims() {
        assertFalse(PdfStandard.of("none").tagged());
        assertTrue(PdfStandard.of("ua1").ua1() && !PdfStandard.of("ua1").a2a());
        assertTrue(PdfStandard.of("a2a").a2a() && !PdfStandard.of("a2a").ua1());
        assertEquals(PdfStandard.UA1_A2A, PdfStandard.of("UA1+A2A"));
    }

    @Test
    void unknownValueIsBadInput() {
        InputException e = assertThrows(InputException.class, () -> PdfStandard.of("pdfa3"));
        assertTrue(e.getMessage().contains("--pdf-standard") && e.getMessage().contains("pdfa3"), e.getMessage());
    }
}
