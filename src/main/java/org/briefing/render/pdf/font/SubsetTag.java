package org.briefing.render.pdf.font;

import java.util.Set;

/** The six-letter subset prefix (e.g. {@code KQWZAB}) derived from the font and glyph set, so it is stable. */
final class SubsetTag {
    private SubsetTag() {
    }

    static String of(String fontName, Set<Integer> glyphs) {
        long h = 1125899906842597L;
        for (char c : fontName.toCharArray()) {
            h = 31 * h + c;
        }
        for (int g : glyphs) {
            h = 31 * h + g;
        }
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(h, 26)));
            h /= 26;
        }
        return tag.toString();
    }
}
