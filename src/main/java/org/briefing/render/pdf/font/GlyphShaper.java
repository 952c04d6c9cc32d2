package org.briefing.render.pdf.font;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.util.Arrays;
import java.util.Map;
import org.briefing.model.Characters;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.script.Scripts;

/**
 * Shapes text in one face with the JDK's text layout (HarfBuzz inside, works headless) with kerning and
 * standard ligatures on, at 1000 units per em. It records which text each glyph stands for, so ligature
 * glyphs still copy out as their letters.
 */
final class GlyphShaper {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<TextAttribute, Object> FEATURES = Map.of(
            TextAttribute.KERNING, TextAttribute.KERNING_ON,
            TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON,
            TextAttribute.SIZE, 1000f);

    private GlyphShaper() {
    }

    /** An AWT font set up for shaping at 1000 units per em. */
    static Font prepare(Font base) {
        return base.deriveFont(FEATURES);
    }

    private static boolean isRightToLeft(String text) {
        // A loop, not codePoints().anyMatch: every shaped word passes here, much of it still interpreted.
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Scripts.isRightToLeft(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The JDK's code for "no glyph: a character shown as nothing" (and its neighbour, kept free by it). */
    private static final int JDK_INVISIBLE_GLYPHS = 0xFFFE;

    /**
     * Whether a shaped glyph must not be drawn: the JDK's invisible glyph, or the .notdef glyph standing
     * for characters that are only ever invisible (joiners, variation selectors, a byte-order mark).
     */
    static boolean isInvisible(int glyph, String cluster) {
        if (glyph >= JDK_INVISIBLE_GLYPHS) {
            return true;
        }
        if (glyph != 0 || cluster.isEmpty()) {
            return false;
        }
        return cluster.codePoints().allMatch(cp -> Characters.isDefaultIgnorable(cp) || Character.isISOControl(cp));
    }

    /** Shapes {@code text} (all of which the face covers) into one run. */
    static GlyphRun shape(FontFace face, String text) {
        char[] chars = text.toCharArray();
        // Right-to-left runs (Hebrew, Arabic) are shaped as such, so letters join and come out in visual order.
        int direction = isRightToLeft(text) ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
        GlyphVector gv = face.font().layoutGlyphVector(FRC, chars, 0, chars.length, direction);
        int n = gv.getNumGlyphs();
        int[] glyphs = gv.getGlyphCodes(0, n, null);
        float[] positions = gv.getGlyphPositions(0, n + 1, null);
        int[] charIndex = gv.getGlyphCharIndices(0, n, null);
        float[] advances = new float[n];
        for (int i = 0; i < n; i++) {
            advances[i] = positions[2 * i + 2] - positions[2 * i];
        }
        int[] sorted = Arrays.copyOf(charIndex, n);
        Arrays.sort(sorted);
        boolean[] seen = new boolean[chars.length + 1];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int start = charIndex[i];
            String cluster = "";
            if (start >= 0 && start < chars.length && !seen[start]) {
                seen[start] = true;
                int end = chars.length;
                int at = Arrays.binarySearch(sorted, start);
                while (at >= 0 && at < n && sorted[at] <= start) {
                    at++;
                }
                if (at >= 0 && at < n) {
                    end = sorted[at];
                }
                cluster = new String(chars, start, end - start);
            }
            if (isInvisible(glyphs[i], cluster)) {
                // An invisible glyph is no glyph at all: the font has none (Java 25 reports 0xFFFF, and an
                // embedded font has no such index) or only its .notdef box, which PDF/UA forbids drawing.
                // Its advance (normally zero) goes to the glyph before, so positions are kept.
                if (kept > 0) {
                    advances[kept - 1] += advances[i];
                }
                continue;
            }
            glyphs[kept] = glyphs[i];
            advances[kept] = advances[i];
            kept++;
            // Glyph metrics compute the glyph's outline bounds too, so ask only for glyphs the face has not seen.
            float nominal = face.knowsAdvance(glyphs[i]) ? Float.NaN : gv.getGlyphMetrics(i).getAdvanceX();
            face.learn(glyphs[i], cluster, nominal);
        }
        if (kept < n) {
            glyphs = Arrays.copyOf(glyphs, kept);
            advances = Arrays.copyOf(advances, kept);
        }
        return new GlyphRun(face.id(), glyphs, advances, positions[2 * n] - positions[0]);
    }
}
