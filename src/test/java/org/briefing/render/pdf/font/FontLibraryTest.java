package org.briefing.render.pdf.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** Shaping with the theme's real fonts: kerning, ligatures with their text, fallback, placeholders. */
class FontLibraryTest {
    private final FontLibrary fonts = new FontLibrary(new ThemeLoader(Path.of("styles")).load("memo"));
    private static final FontKey SERIF = new FontKey("serif", false, false);
    private static final FontKey SANS = new FontKey("sans", false, false);

    @Test
    void kernsPairsThatTheFontKerns() {
        GlyphRun run = fonts.shape("AVATAR", SANS).runs().get(0);
        FontFace face = fonts.face(run.face());
        float nominal = face.nominalAdvance(run.glyphs()[0]);
        assertTrue(run.advances()[0] < nominal, "A before V is pulled closer: " + run.advances()[0] + " < " + nominal);
    }

    @Test
    void standardLigaturesKeepTheirText() {
        ShapedText office = fonts.shape("office", SERIF);
        GlyphRun run = office.runs().get(0);
        assertEquals(4, run.glyphs().length, "o + ffi + c + e");
        assertEquals("ffi", fonts.face(run.face()).textOf(run.glyphs()[1]));
        assertEquals("o", fonts.face(run.face()).textOf(run.glyphs()[0]));
    }

    @Test
    void charactersTheBodyFontLacksComeFromTheFallbackChain() {
        ShapedText mixed = fonts.shape("abc中文", SERIF);
        assertEquals(2, mixed.runs().size());
        GlyphRun cjk = mixed.runs().get(1);
        assertTrue(fonts.face(cjk.face()).file().toString().endsWith("wqy-microhei.ttc"));
        assertNotEquals(0, cjk.glyphs()[0], "a real glyph, not .notdef");
        assertTrue(fonts.missingCodePoints().isEmpty());
    }

    @Test
    void charactersNoFontHasBecomePlaceholdersAndAreRemembered() {
        ShapedText shaped = fonts.shape("a\uE000b", SERIF);
        assertEquals(3, shaped.runs().size());
        assertEquals(GlyphRun.PLACEHOLDER, shaped.runs().get(1).face());
        assertTrue(shaped.units() > 0);
        assertEquals(List.of(0xE000), fonts.missingCodePoints());
        assertEquals("U+E000", FontLibrary.describe(fonts.missingCodePoints()));
    }
}
