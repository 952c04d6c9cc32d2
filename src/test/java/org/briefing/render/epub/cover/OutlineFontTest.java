package org.briefing.render.epub.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.briefing.model.BriefingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Our glyph reader against fontbox's, on the theme's fonts: the same glyph for each character, the same
 * advance, and outlines with the same bounds, simple and composite glyphs alike (accented letters are
 * composites in Charis SIL and Noto Sans).
 */
class OutlineFontTest {
    private static final String SAMPLE = "AaBbQqgjé£€ÆœŠžÅåǅ…“”‘’–—0123456789 ?&@ĳ"
            + "ÀÉÎÕÜàéîõüĀāŉĲ" + "★☆☢☣⚠✓✔✗♠♣♥♦▲►◆◇○●□■⬛⬤⭐☀☁☂☃⚡⛔";

    @ParameterizedTest
    @ValueSource(strings = {"CharisSIL-Bold.ttf", "CharisSIL-Italic.ttf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "DejaVuSans.ttf", "NotoSansSymbols2-Regular.ttf", "wqy-microhei.ttc"})
    void glyphsAdvancesAndOutlinesAgreeWithFontbox(String name) throws Exception {
        Path file = Path.of("styles/fonts", name);
        OutlineFont ours = OutlineFont.open(file);
        String text = name.startsWith("wqy") ? SAMPLE + "中美合作朝鲜，：" : SAMPLE;
        try (TrueTypeFont theirs = name.endsWith(".ttc") ? firstOfCollection(file)
                : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            float unitsPerEm = theirs.getUnitsPerEm();
            int compared = 0;
            for (int cp : text.codePoints().toArray()) {
                int glyph = theirs.getUnicodeCmapLookup().getGlyphId(cp);
                assertEquals(glyph, ours.glyph(cp), name + " glyph of U+" + Integer.toHexString(cp));
                if (glyph == 0) {
                    continue;
                }
                assertEquals(theirs.getAdvanceWidth(glyph) / unitsPerEm, ours.advance(glyph), 1e-6, name + " advance");
                GlyphData data = theirs.getGlyph().getGlyph(glyph);
                Rectangle2D expected = data == null ? new Rectangle2D.Double() : data.getPath().getBounds2D();
                Rectangle2D actual = ours.outline(glyph).getBounds2D();
                double[] e = {expected.getMinX(), expected.getMinY(), expected.getMaxX(), expected.getMaxY()};
                double[] a = {actual.getMinX(), actual.getMinY(), actual.getMaxX(), actual.getMaxY()};
                for (int i = 0; i < 4; i++) {
                    assertEquals(e[i], a[i], 1.0, name + " outline bounds of U+" + Integer.toHexString(cp) + ": "
                            + Arrays.toString(e) + " vs " + Arrays.toString(a));
                }
                compared++;
            }
            assertTrue(compared > 20, name + ": only " + compared + " glyphs compared");
            assertEquals(theirs.getHorizontalHeader().getAscender() / unitsPerEm, ours.ascent(), 1e-6);
        }
    }

    private static TrueTypeFont firstOfCollection(Path file) throws Exception {
        org.apache.fontbox.ttf.TrueTypeCollection collection = new org.apache.fontbox.ttf.TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return first[0];
    }

    @Test
    void aBrokenFontFailsNamingTheFile() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("styles/fonts/NotoSans-Regular.ttf"));
        Path truncated = Files.createTempFile("truncated", ".ttf");
        try {
            Files.write(truncated, Arrays.copyOf(whole, 2000));
            BriefingException e = assertThrows(BriefingException.class, () -> OutlineFont.open(truncated).outline(36));
            assertTrue(e.getMessage().startsWith(truncated.toString()), e.getMessage());
        } finally {
            Files.delete(truncated);
        }
    }
}
