package org.briefing.render.pdf.font;

import java.awt.Font;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One TrueType face used in a document: the AWT font that shapes it, and what shaping learned about its
 * glyphs (the text each glyph stands for, its nominal advance) for the embedded font's ToUnicode and
 * widths. Mutable; owned by one {@link FontLibrary}, so by one render.
 */
public final class FontFace {
    private final int id;
    private final Path file;
    private final Font font;
    private final Map<Integer, String> glyphText = new TreeMap<>();
    private final Map<Integer, Float> nominal = new TreeMap<>();

    FontFace(int id, Path file, Font font) {
        this.id = id;
        this.file = file;
        this.font = font;
    }

    public int id() {
        return id;
    }

    public Path file() {
        return file;
    }

    Font font() {
        return font;
    }

    /** Whether the face has a glyph for a code point. */
    public boolean covers(int codePoint) {
        return font.canDisplay(codePoint);
    }

    void learn(int glyph, String text, float advance) {
        if (!text.isEmpty()) {
            glyphText.putIfAbsent(glyph, text);
        }
        nominal.putIfAbsent(glyph, advance);
    }

    /** The text a glyph stands for (first cluster seen), or null. */
    public String textOf(int glyph) {
        return glyphText.get(glyph);
    }

    /** The glyph's own advance (without kerning) in 1/1000 em. */
    public float nominalAdvance(int glyph) {
        Float w = nominal.get(glyph);
        return w == null ? 0 : w;
    }
}
