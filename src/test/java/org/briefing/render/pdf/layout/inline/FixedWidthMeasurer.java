package org.briefing.render.pdf.layout.inline;

import java.util.List;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.ShapedText;

/** Fake metrics for layout tests: every character is half an em wide, in one face. */
public final class FixedWidthMeasurer implements TextMeasurer {
    public static final float ADVANCE = 500;

    @Override
    public ShapedText shape(String text, FontKey font) {
        int[] cps = text.codePoints().toArray();
        float[] adv = new float[cps.length];
        java.util.Arrays.fill(adv, ADVANCE);
        return new ShapedText(text, List.of(new GlyphRun(0, cps, adv, ADVANCE * cps.length)), ADVANCE * cps.length);
    }

    /** Width in points of {@code n} characters at {@code size}. */
    public static double width(int n, double size) {
        return n * ADVANCE * size / 1000;
    }
}
