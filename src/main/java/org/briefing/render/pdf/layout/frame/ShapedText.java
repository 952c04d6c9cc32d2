package org.briefing.render.pdf.layout.frame;

import java.util.List;

/** A piece of text shaped into glyph runs (one per font of the fallback chain it needed), in 1/1000 em. */
public record ShapedText(String text, List<GlyphRun> runs, double units) {
    public ShapedText {
        runs = List.copyOf(runs);
    }

    /** The advance at a font size, in points. */
    public double width(double size) {
        return units * size / 1000.0;
    }

    /** The number of glyphs, for letter spacing. */
    public int glyphCount() {
        int n = 0;
        for (GlyphRun run : runs) {
            n += run.glyphs().length;
        }
        return n;
    }
}
