package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.junit.jupiter.api.Test;

/** Proportional figures padded to the widest digit, so right-aligned numbers line up. */
class TabularDigitsTest {
    private static final FontKey FONT = new FontKey("sans", false, false);

    /** A face with proportional figures: "1" is 300 units wide, every other character 500 (glyph = code point). */
    private static final TextMeasurer PROPORTIONAL = (text, font) -> {
        int[] cps = text.codePoints().toArray();
        float[] advances = new float[cps.length];
        double units = 0;
        for (int i = 0; i < cps.length; i++) {
            advances[i] = cps[i] == '1' ? 300 : 500;
            units += advances[i];
        }
        return new ShapedText(text, List.of(new GlyphRun(0, cps, advances, units)), units);
    };

    @Test
    void everyDigitTakesTheWidestDigitsAdvance() {
        TextMeasurer tabular = new TabularDigits(PROPORTIONAL);
        assertEquals(600, PROPORTIONAL.shape("11", FONT).units());
        assertEquals(1000, tabular.shape("11", FONT).units());
        assertEquals(tabular.shape("10", FONT).units(), tabular.shape("88", FONT).units());
        // Other characters keep their advance: the point in "1.5" is as wide as before.
        assertEquals(1500, tabular.shape("1.5", FONT).units());
    }

    @Test
    void textWithoutDigitsIsShapedAsBefore() {
        ShapedText[] seen = new ShapedText[1];
        TextMeasurer recording = (text, font) -> seen[0] = PROPORTIONAL.shape(text, font);
        assertSame(new TabularDigits(recording).shape("kWh", FONT), seen[0]);
    }

    @Test
    void aFaceWithTabularFiguresIsUnchanged() {
        TextMeasurer fixed = new FixedWidthMeasurer();
        assertEquals(fixed.shape("2024-03-01", FONT).units(), new TabularDigits(fixed).shape("2024-03-01", FONT).units());
    }
}
