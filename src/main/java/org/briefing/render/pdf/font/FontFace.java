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
    /**
     * Nominal advances by glyph id (NaN for glyphs not seen yet); an array because painting asks per glyph.
     * Volatile and replaced only when filled: shaping threads read it without the lock.
     */
    private volatile float[] nominal = new float[0];

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

    /** Synchronized: paragraphs are shaped on several threads. */
    synchronized void learn(int glyph, String text, float advance) {
        if (!text.isEmpty()) {
            // Of several texts for one glyph (a space and a no-break space) the same one wins in any order
            // of shaping, so the ToUnicode map does not depend on which thread shaped a word first.
            glyphText.merge(glyph, text, FontFace::preferredText);
        }
        float[] advances = nominal;
        if (glyph >= advances.length) {
            int old = advances.length;
            float[] grown = java.util.Arrays.copyOf(advances, Math.max(glyph + 1, old * 2));
            java.util.Arrays.fill(grown, old, grown.length, Float.NaN);
            nominal = grown;
            advances = grown;
        }
        if (Float.isNaN(advances[glyph])) {
            advances[glyph] = advance;
        }
    }

    /** The shorter text, or of two as long the smaller: an order-free choice. */
    private static String preferredText(String a, String b) {
        if (a.length() != b.length()) {
            return a.length() < b.length() ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Whether the glyph's nominal advance is known (then {@link #learn} ignores the one it is given). */
    synchronized boolean knowsAdvance(int glyph) {
        float[] advances = nominal;
        return glyph < advances.length && !Float.isNaN(advances[glyph]);
    }

    /** The text a glyph stands for (of the clusters seen, the shortest, then the first in code order), or null. */
    public synchronized String textOf(int glyph) {
        return glyphText.get(glyph);
    }

    /** The glyph's own advance (without kerning) in 1/1000 em. */
    public float nominalAdvance(int glyph) {
        float[] advances = nominal;
        return glyph < advances.length && !Float.isNaN(advances[glyph]) ? advances[glyph] : 0;
    }
}
