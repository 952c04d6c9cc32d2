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
    /** Nominal advances by glyph id (NaN for glyphs not seen yet); an array because painting asks per glyph. */
    private float[] nominal = new float[0];

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
        if (glyph >= nominal.length) {
            int old = nominal.length;
            nominal = java.util.Arrays.copyOf(nominal, Math.max(glyph + 1, old * 2));
            java.util.Arrays.fill(nominal, old, nominal.length, Float.NaN);
        }
        if (Float.isNaN(nominal[glyph])) {
            nominal[glyph] = advance;
        }
    }

    /** Whether the glyph's nominal advance is known (then {@link #learn} ignores the one it is given). */
    boolean knowsAdvance(int glyph) {
        return glyph < nominal.length && !Float.isNaN(nominal[glyph]);
    }

    /** The text a glyph stands for (first cluster seen), or null. */
    public String textOf(int glyph) {
        return glyphText.get(glyph);
    }

    /** The glyph's own advance (without kerning) in 1/1000 em. */
    public float nominalAdvance(int glyph) {
        return glyph < nominal.length && !Float.isNaN(nominal[glyph]) ? nominal[glyph] : 0;
    }
}
