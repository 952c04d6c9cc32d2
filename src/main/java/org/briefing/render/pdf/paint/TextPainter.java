package org.briefing.render.pdf.paint;

import java.util.HashMap;
import java.util.Map;
import java.util.BitSet;
import org.briefing.render.pdf.font.FontFace;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.TextItem;

/**
 * Draws text items as glyph ids with TJ adjustments, so each glyph lands where shaping put it (kerning
 * included) while the font's /W keeps nominal widths. Records the glyphs used for subsetting.
 */
final class TextPainter {
    private final FontLibrary fonts;
    private final FontNumbers numbers;
    /** Glyphs used, by font number, for subsetting: this painter's own, merged by the caller. */
    private final Map<Integer, BitSet> used = new HashMap<>();
    private double charSpacing;
    /** Whether the text object just began, so its text and line matrices are still the identity. */
    private boolean freshTextObject;

    /** A painter for one page's text (one per page, so pages can be drawn on several threads). */
    TextPainter(FontLibrary fonts, FontNumbers numbers) {
        this.fonts = fonts;
        this.numbers = numbers;
    }

    /** The glyphs this painter drew, by font number. */
    Map<Integer, BitSet> used() {
        return used;
    }

    /** Starts a page: its content stream begins with the default text state. */
    void newPage() {
        charSpacing = 0;
    }

    /** Paints one item; {@code pageHeight} flips layout's downward y. Adds the font numbers it used. */
    void paint(ContentBuilder cs, TextItem item, double pageHeight, java.util.Set<Integer> pageFonts) {
        Fragment f = item.fragment();
        double y = pageHeight - item.baseline();
        double x = item.x();
        double size = f.size();
        if (item.actualText() != null) {
            cs.beginActualText(item.actualText());
        }
        cs.op("BT").fill(f.color());
        freshTextObject = true;
        if (f.letterSpacing() != charSpacing) {
            // Tc is graphics state: it outlives ET, so it is reset explicitly when it changes.
            charSpacing = f.letterSpacing();
            cs.num(charSpacing).op("Tc");
        }
        for (GlyphRun run : f.text().runs()) {
            double runWidth = run.units() * size / 1000 + f.letterSpacing() * run.glyphs().length;
            if (run.face() == GlyphRun.PLACEHOLDER) {
                x += runWidth;
                continue;
            }
            showRun(cs, run, x, y, size, pageFonts, -1);
            x += runWidth;
        }
        if (item.spaceWidth() > 0 && f.space() != null && !f.space().runs().isEmpty()) {
            ShapedText space = f.space();
            GlyphRun run = space.runs().get(0);
            if (run.face() != GlyphRun.PLACEHOLDER) {
                showRun(cs, run, x, y, size, pageFonts, item.spaceWidth() * 1000 / size);
            }
        }
        cs.op("ET");
        if (item.actualText() != null) {
            cs.op("EMC");
        }
        paintPlaceholders(cs, item, pageHeight);
    }

    private void showRun(ContentBuilder cs, GlyphRun run, double x, double y, double size,
                         java.util.Set<Integer> pageFonts, double forcedAdvance) {
        FontFace face = fonts.face(run.face());
        int number = numbers.number(face.id());
        pageFonts.add(number);
        BitSet glyphSet = used.computeIfAbsent(number, k -> new BitSet());
        cs.font(numbers.name(number), size);
        if (freshTextObject) {
            // At BT the line matrix is the identity, so "x y Td" sets the same matrix as "1 0 0 1 x y Tm".
            cs.num(x).num(y).op("Td");
            freshTextObject = false;
        } else {
            cs.num(1).num(0).num(0).num(1).num(x).num(y).op("Tm");
        }
        int[] glyphs = run.glyphs();
        cs.beginArray();
        int from = 0;
        for (int i = 0; i < glyphs.length; i++) {
            glyphSet.set(glyphs[i]);
            double advance = forcedAdvance >= 0 ? forcedAdvance : run.advances()[i];
            double diff = face.nominalAdvance(glyphs[i]) - advance;
            if (Math.abs(diff) > 0.05 && i + 1 < glyphs.length || forcedAdvance >= 0 && i + 1 == glyphs.length) {
                cs.glyphs(glyphs, from, i + 1).adjust(diff);
                from = i + 1;
            }
        }
        if (from < glyphs.length) {
            cs.glyphs(glyphs, from, glyphs.length);
        }
        cs.endArray("TJ");
    }

    /** Characters no font has are drawn as hollow boxes, so the gap is visible. */
    private static void paintPlaceholders(ContentBuilder cs, TextItem item, double pageHeight) {
        Fragment f = item.fragment();
        double x = item.x();
        double size = f.size();
        for (GlyphRun run : f.text().runs()) {
            double glyphWidth = FontLibrary.PLACEHOLDER_ADVANCE * size / 1000;
            if (run.face() == GlyphRun.PLACEHOLDER) {
                for (int i = 0; i < run.glyphs().length; i++) {
                    double gx = x + i * (glyphWidth + f.letterSpacing());
                    cs.stroke(f.color()).num(Math.max(0.3, size * 0.04)).op("w");
                    cs.num(gx + size * 0.08).num(pageHeight - item.baseline()).num(glyphWidth - size * 0.16)
                            .num(size * 0.7).op("re S");
                }
            }
            x += run.units() * size / 1000 + f.letterSpacing() * run.glyphs().length;
        }
    }
}
