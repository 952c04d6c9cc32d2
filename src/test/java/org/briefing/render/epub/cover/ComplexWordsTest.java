package org.briefing.render.epub.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words shaped by the JDK's text layout in the theme's real fonts, checked against the fonts' own glyph ids. */
class ComplexWordsTest {
    private static final Path DEJAVU = Path.of("styles/fonts/DejaVuSans.ttf");
    private static final Path CHARIS = Path.of("styles/fonts/CharisSIL-Regular.ttf");
    private static final String SALAM = "\u0633\u0644\u0627\u0645";

    private static FaceChain.Choice face(Path file) {
        return new FaceChain.Choice(OutlineFont.open(file), 0, false);
    }

    private static List<Integer> ids(ComplexWords.Word word) {
        return word.glyphs().stream().map(CoverLines.Glyph::glyph).toList();
    }

    @Test
    void theShapersGlyphCodesAreTheFontFilesGlyphIds() {
        FaceChain.Choice charis = face(CHARIS);
        assertEquals("abc".chars().map(c -> charis.font().glyph(c)).boxed().toList(),
                ids(ComplexWords.shape("abc", charis, 50)));
        FaceChain.Choice dejavu = face(DEJAVU);
        assertEquals(List.of(dejavu.font().glyph('\u0627')), ids(ComplexWords.shape("\u0627", dejavu, 50)),
                "a lone alef is its isolated form, the character map's glyph");
    }

    @Test
    void arabicLettersJoinAndComeOutInVisualOrder() throws Exception {
        FaceChain.Choice dejavu = face(DEJAVU);
        ComplexWords.Word word = ComplexWords.shape(SALAM, dejavu, 50);
        List<Integer> isolated = new java.util.ArrayList<>(SALAM.chars().map(c -> dejavu.font().glyph(c)).boxed().toList());
        java.util.Collections.reverse(isolated);
        assertEquals(3, word.glyphs().size(), "lam and alef make one glyph, the obligatory ligature: " + ids(word));
        assertNotEquals(isolated, ids(word), "not the isolated forms");
        assertNotEquals(dejavu.font().glyph('\u0633'), ids(word).get(2), "seen, on the right, takes its initial form");

        // The same glyphs as the JDK's layout gives, independently set up here.
        Font font = Font.createFont(Font.TRUETYPE_FONT, DEJAVU.toFile()).deriveFont(50f);
        GlyphVector vector = font.layoutGlyphVector(new FontRenderContext(null, true, true), SALAM.toCharArray(), 0,
                SALAM.length(), Font.LAYOUT_RIGHT_TO_LEFT);
        int[] codes = vector.getGlyphCodes(0, vector.getNumGlyphs(), null);
        assertEquals(Arrays.stream(codes).boxed().toList(), ids(word));
        assertEquals(vector.getGlyphPosition(codes.length).getX() - vector.getGlyphPosition(0).getX(), word.advance(), 0.01);

        float last = -1;
        for (CoverLines.Glyph glyph : word.glyphs()) {
            assertTrue(glyph.x() > last, "positions run left to right");
            last = glyph.x();
        }
    }

    @Test
    void aJoinerShowsNothingButStillJoins() {
        FaceChain.Choice dejavu = face(DEJAVU);
        // A beh followed by a zero-width joiner takes its initial form, alone though it is.
        ComplexWords.Word word = ComplexWords.shape("\u0628\u200d", dejavu, 50);
        int beh = ids(word).get(word.glyphs().size() - 1);
        assertNotEquals(dejavu.font().glyph('\u0628'), beh, "the initial form: " + ids(word));
        assertEquals(dejavu.font().advance(beh) * 50, word.advance(), 0.01, "the joiner takes no room");
        word.glyphs().stream().filter(g -> g.glyph() != beh).forEach(
                g -> assertTrue(g.font().outline(g.glyph()).getBounds2D().isEmpty(), "the joiner shows nothing"));
    }
}
