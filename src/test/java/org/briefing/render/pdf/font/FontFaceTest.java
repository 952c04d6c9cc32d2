package org.briefing.render.pdf.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a face learns about its glyphs does not depend on the order words were shaped in (threads race). */
class FontFaceTest {
    private static FontFace face() {
        return new FontFace(0, Path.of("x.ttf"), new Font(Font.SERIF, Font.PLAIN, 1));
    }

    @Test
    void aGlyphReachedFromTwoTextsReadsAsTheSameOneInEitherOrder() {
        FontFace spaceFirst = face();
        spaceFirst.learn(3, " ", 250);
        spaceFirst.learn(3, "\u00a0", 250);
        FontFace noBreakFirst = face();
        noBreakFirst.learn(3, "\u00a0", 250);
        noBreakFirst.learn(3, " ", 250);
        assertEquals(" ", spaceFirst.textOf(3));
        assertEquals(" ", noBreakFirst.textOf(3));
    }

    @Test
    void theShorterTextWinsThenTheFirstInCodeOrder() {
        FontFace ligature = face();
        ligature.learn(9, "fi", 500);
        ligature.learn(9, "\ufb01", 500);
        assertEquals("\ufb01", ligature.textOf(9));
        FontFace letters = face();
        letters.learn(4, "b", 500);
        letters.learn(4, "a", 500);
        assertEquals("a", letters.textOf(4));
    }

    @Test
    void theFirstNominalAdvanceStaysAndGrowingKeepsEarlierOnes() {
        FontFace face = face();
        face.learn(2, "a", 480);
        face.learn(2, "a", 999);
        face.learn(700, "z", 510);
        assertEquals(480, face.nominalAdvance(2));
        assertEquals(510, face.nominalAdvance(700));
        assertEquals(0, face.nominalAdvance(5), "unknown glyph");
    }
}
