package org.briefing.render.pdf.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/**
 * Numbers in right-aligned table columns line up when every digit has one advance and no digit pair is
 * kerned. The bundled faces (Noto Sans, Charis SIL) draw tabular figures by default, so the padding that
 * right-aligned table columns get (layout's {@code TabularDigits}) leaves them exactly as shaped.
 */
class BundledFiguresTest {
    private final FontLibrary fonts = new FontLibrary(new ThemeLoader(Path.of("styles")).load("memo"));

    @Test
    void everyDigitPairIsAsWideAsEveryOtherInTheBundledFaces() {
        for (String family : new String[] {"sans", "serif"}) {
            for (boolean bold : new boolean[] {false, true}) {
                for (boolean italic : new boolean[] {false, true}) {
                    FontKey font = new FontKey(family, bold, italic);
                    double width = fonts.shape("00", font).units();
                    for (int pair = 0; pair < 100; pair++) {
                        String digits = String.format("%02d", pair);
                        assertEquals(width, fonts.shape(digits, font).units(), 1e-3, digits + " in " + font);
                    }
                }
            }
        }
    }
}
