package org.briefing.render.pdf.layout;

import java.util.List;

/** Fake metrics for layout tests: every character is half an em wide, in one face. */
final class FixedWidthMeasurer implements TextMeasurer {
    static final float ADVANCE = 500;

    @Override
    public ShapedText shape(String text, FontKey font) {
        int[] cps = text.codePoints().toArray();
        float[] adv = new float[cps.length];
        java.util.Arrays.fill(adv, ADVANCE);
        return new ShapedText(text, List.of(new GlyphRun(0, cps, adv, ADVANCE * cps.length)), ADVANCE * cps.length);
    }

    /** Width in points of {@code n} characters at {@code size}. */
    static double width(int n, double size) {
        return n * ADVANCE * size / 1000;
    }
}
