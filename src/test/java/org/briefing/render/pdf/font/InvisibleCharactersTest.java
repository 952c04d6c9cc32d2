package org.briefing.render.pdf.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/**
 * Default-ignorable characters (joiners, variation selectors, a byte-order mark, bidi marks) shape to no
 * glyph at all: not the JDK's 0xFFFF (Java 25 gives it for a zero-width joiner, and embedding failed on
 * "Index 65535"), not .notdef (PDF/UA forbids drawing it), not a missing-character box.
 */
class InvisibleCharactersTest {
    private final FontLibrary fonts = new FontLibrary(new ThemeLoader(Path.of("styles")).load("memo"));
    private static final FontKey SERIF = new FontKey("serif", false, false);

    @Test
    void invisibleCharactersGetNoGlyph() {
        for (String invisible : new String[] {"\u200D", "\u200C", "\uFEFF", "\uFE0F", "\u2060", "\u200E", "\u180E",
                "\u034F", "\uDB40\uDC01"}) {
            ShapedText shaped = fonts.shape("a" + invisible + "b", SERIF);
            int glyphs = 0;
            for (GlyphRun run : shaped.runs()) {
                for (int i = 0; i < run.glyphs().length; i++) {
                    int glyph = run.glyphs()[i];
                    assertTrue(glyph > 0 && glyph < 0xFFFE, String.format("U+%04X gave glyph %d",
                            invisible.codePointAt(0), glyph));
                    glyphs += run.advances()[i] > 0 ? 1 : 0;
                }
            }
            // A font may have its own empty glyph for a joiner; only a and b take room.
            assertEquals(2, glyphs, String.format("U+%04X: only a and b are visible", invisible.codePointAt(0)));
        }
        assertEquals(java.util.List.of(), fonts.missingCodePoints());
    }

    @Test
    void anIgnorableMarkerAloneIsNotAMissingGlyphNorDrawn() {
        assertTrue(GlyphShaper.isInvisible(0xFFFF, "\u200D"));
        assertTrue(GlyphShaper.isInvisible(0, "\u200D"));
        assertTrue(GlyphShaper.isInvisible(0, "\uFE0F"));
        assertEquals(false, GlyphShaper.isInvisible(0, "x"), "a real missing letter stays visible as .notdef");
        assertEquals(false, GlyphShaper.isInvisible(12, "\u200D"), "a font's own joiner glyph is kept");
    }
}
