package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

class PaperSizeTest {

    @Test
    void parsesTheOptionNamesInAnyCase() {
        assertEquals(PaperSize.A4, PaperSize.parse("a4"));
        assertEquals(PaperSize.LETTER, PaperSize.parse("Letter"));
        assertEquals("unknown paper size 'legal'; known sizes: a4, letter",
                assertThrows(InputException.class, () -> PaperSize.parse("legal")).getMessage());
    }

    @Test
    void recognisesPdfBoxPageSizesInEitherOrientation() {
        PDRectangle a4 = PDRectangle.A4;
        PDRectangle letter = PDRectangle.LETTER;
        assertTrue(PaperSize.A4.matches(a4.getWidth(), a4.getHeight()));
        assertTrue(PaperSize.A4.matches(a4.getHeight(), a4.getWidth()));
        assertFalse(PaperSize.A4.matches(letter.getWidth(), letter.getHeight()));
        assertTrue(PaperSize.LETTER.matches(letter.getWidth(), letter.getHeight()));
        assertEquals(PaperSize.A4, PaperSize.nearestTo(a4.getWidth(), a4.getHeight()));
        assertEquals(PaperSize.LETTER, PaperSize.nearestTo(letter.getHeight(), letter.getWidth()));
        // An odd size goes to the sheet whose sides differ least in total.
        assertEquals(PaperSize.LETTER, PaperSize.nearestTo(600, 800));
        assertEquals(PaperSize.A4, PaperSize.nearestTo(590, 830));
    }
}
