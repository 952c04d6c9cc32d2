package org.briefing.render.pdf.layout.inline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.ShapedText;

/**
 * Shapes text with every digit as wide as the font's widest digit, so numbers in a right-aligned table
 * column line up even in a face with proportional figures. Faces whose digits already share one advance and
 * kern no digit pair (the bundled Noto Sans and Charis SIL) come out exactly as the wrapped measurer shapes
 * them. The {@code tnum} feature would do this in the font's own design, but the JDK's shaper offers no
 * way to ask for it.
 */
final class TabularDigits implements TextMeasurer {
    private final TextMeasurer measurer;
    /** Per face: the digits' glyph ids and their widest advance; concurrent, as shaping may be. */
    private final Map<FontKey, Digits> digits = new ConcurrentHashMap<>();

    TabularDigits(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The glyphs of 0–9 in one face (the face of each run they were shaped in) and the widest advance. */
    private record Digits(int[] faces, int[] glyphs, float widest) {
        boolean isDigit(int face, int glyph) {
            for (int d = 0; d < glyphs.length; d++) {
                if (glyphs[d] == glyph && faces[d] == face) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public ShapedText shape(String text, FontKey font) {
        ShapedText shaped = measurer.shape(text, font);
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return shaped;
        }
        Digits d = digits.computeIfAbsent(font, this::digitsOf);
        GlyphRun[] runs = new GlyphRun[shaped.runs().size()];
        double units = 0;
        for (int r = 0; r < runs.length; r++) {
            GlyphRun run = shaped.runs().get(r);
            float[] advances = run.advances().clone();
            double total = 0;
            for (int i = 0; i < advances.length; i++) {
                if (d.isDigit(run.face(), run.glyphs()[i])) {
                    advances[i] = d.widest();
                }
                total += advances[i];
            }
            runs[r] = new GlyphRun(run.face(), run.glyphs(), advances, total);
            units += total;
        }
        return new ShapedText(shaped.text(), java.util.List.of(runs), units);
    }

    private Digits digitsOf(FontKey font) {
        int[] faces = new int[10];
        int[] glyphs = new int[10];
        float widest = 0;
        for (int d = 0; d < 10; d++) {
            GlyphRun run = measurer.shape(Character.toString('0' + d), font).runs().get(0);
            faces[d] = run.face();
            glyphs[d] = run.glyphs()[0];
            widest = Math.max(widest, run.advances()[0]);
        }
        return new Digits(faces, glyphs, widest);
    }
}
