package org.briefing.render.epub.cover;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.briefing.script.LineBreaks;
import org.briefing.script.Scripts;

/**
 * A piece of cover text set in lines, first fit: each line takes as many characters as fit and ends at
 * the last place a line may break (after spaces, after a hyphen or dash before a letter, around CJK
 * characters); a word wider than the whole line is cut where the line is full. Spaces at the end of a
 * line hang past it. Right-to-left text is put in visual order. A word in a script that needs
 * contextual shaping (Arabic, Indic, Myanmar, Tibetan, ...; see {@link Scripts#needsShaping}) is shaped whole by
 * {@link ComplexWords}, so its letters join, and is set as one unbreakable item; other text is set one
 * character at a time, with no kerning or ligatures: the cover shows a few dozen words in the theme's
 * fonts, and the result is plain data that tests can read. Lengths are in pixels.
 */
final class CoverLines {
    /** One glyph, {@code x} from the start of its line. */
    record Glyph(OutlineFont font, int glyph, float x, boolean emboldened) {
    }

    /**
     * One line: its glyphs in visual order, left to right, its width (the spaces it ends with are left
     * out), and the ascent and descent of the tallest font on it.
     */
    record Line(List<Glyph> glyphs, float width, float ascent, float descent) {
        Line {
            glyphs = List.copyOf(glyphs);
        }
    }

    /** Pairs of brackets that swap in right-to-left text (Unicode's Bidi_Mirrored pairs most titles use). */
    private static final String MIRRORED = "()[]{}<>\u00ab\u00bb\u2039\u203a";

    private CoverLines() {
    }

    /**
     * Thickening of a glyph drawn emboldened, in pixels at a font size: the outline grows by half of it on
     * each side, and the advance by all of it. A 32nd of the size, as Java2D's synthetic bold with
     * fractional metrics.
     */
    static float emboldening(float size) {
        return size / 32f;
    }

    /**
     * Sets {@code text} at {@code size} pixels per em in lines at most {@code width} wide, adding
     * {@code tracking} pixels after each character; at most {@code maxLines} lines, the rest is left out.
     */
    static List<Line> set(String text, FaceChain faces, float size, float tracking, float width, int maxLines) {
        List<Item> items = items(text, faces, size, tracking);
        // Only text with right-to-left characters is reordered (the bidirectional algorithm's class and
        // data are not even loaded otherwise); the paragraph's direction is its first strong character's.
        Integer direction = text.codePoints().noneMatch(Scripts::startsRightToLeft) ? null
                : new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                        ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_RIGHT_TO_LEFT;
        List<Line> lines = new ArrayList<>();
        int start = skipSpaces(items, 0);
        while (start < items.size() && lines.size() < maxLines) {
            int end = lineEnd(items, start, width);
            int inked = end;
            while (inked > start && items.get(inked - 1).space()) {
                inked--; // the spaces the line ends with hang past it, unseen
            }
            List<Item> shown = items.subList(start, inked);
            lines.add(line(direction == null ? shown : visualOrder(shown, direction, faces, size, tracking), size));
            start = skipSpaces(items, end);
        }
        return lines;
    }

    /**
     * A line's characters in the order they are seen (Unicode bidirectional algorithm, per line, in the
     * paragraph's direction): right-to-left runs reversed, brackets in them mirrored. A shaped word is one
     * item, its glyphs already in visual order, and stands in the text the algorithm sees as one character.
     */
    private static List<Item> visualOrder(List<Item> logical, int direction, FaceChain faces, float size,
                                          float tracking) {
        StringBuilder text = new StringBuilder(logical.size());
        logical.forEach(item -> text.appendCodePoint(item.codePoint()));
        Bidi bidi = new Bidi(text.toString(), direction);
        if (bidi.isLeftToRight()) {
            return logical;
        }
        byte[] levels = new byte[logical.size()];
        Object[] order = logical.toArray();
        for (int i = 0, at = 0; i < levels.length; at += Character.charCount(logical.get(i).codePoint()), i++) {
            levels[i] = (byte) bidi.getLevelAt(at);
            int mirror = MIRRORED.indexOf(logical.get(i).codePoint());
            if ((levels[i] & 1) == 1 && mirror >= 0 && logical.get(i).shaped() == null) {
                order[i] = item(MIRRORED.charAt(mirror ^ 1), faces, size, tracking);
            }
        }
        Bidi.reorderVisually(levels, 0, order, 0, order.length);
        List<Item> visual = new ArrayList<>(order.length);
        for (Object item : order) {
            visual.add((Item) item);
        }
        return visual;
    }

    /**
     * One character to set: its glyph, advance, and whether it is a space (may hang, may be broken after);
     * or a shaped word ({@code shaped} not null), whose {@code codePoint} stands for its direction.
     */
    private record Item(int codePoint, FaceChain.Choice choice, float advance, boolean space,
                        List<Glyph> shaped) {
    }

    /** The text's items, each word looked at once (a word of 100,000 letters is no slower per letter). */
    private static List<Item> items(String text, FaceChain faces, float size, float tracking) {
        List<Item> items = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                items.add(item(' ', faces, size, tracking));
                i += Character.charCount(cp);
                continue;
            }
            int end = wordEnd(text, i);
            String word = text.substring(i, end);
            if (word.codePoints().anyMatch(Scripts::needsShaping)) {
                items.add(shaped(word, faces, size, tracking));
            } else {
                word.codePoints().filter(c -> !Scripts.isInvisible(c)).forEach(c -> items.add(item(c, faces, size, tracking)));
            }
            i = end;
        }
        return items;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /**
     * A word shaped whole in the face its first character that needs shaping is drawn in. Tracking and
     * emboldening are added once, after the word, not between its glyphs, which would part joined letters.
     */
    private static Item shaped(String word, FaceChain faces, float size, float tracking) {
        int key = word.codePoints().filter(Scripts::needsShaping).findFirst().orElseThrow();
        FaceChain.Choice choice = faces.pick(key);
        ComplexWords.Word shaped = ComplexWords.shape(word, choice, size);
        // The character the bidirectional algorithm sees for the word: its first strong one.
        int stand = word.codePoints().filter(Scripts::isStrong).findFirst().orElse(key);
        float advance = shaped.advance() + tracking + (choice.emboldened() ? emboldening(size) : 0);
        return new Item(stand, choice, advance, false, shaped.glyphs());
    }

    private static Item item(int cp, FaceChain faces, float size, float tracking) {
        FaceChain.Choice choice = faces.pick(cp);
        float advance = choice.font().advance(choice.glyph()) * size + tracking
                + (choice.emboldened() ? emboldening(size) : 0);
        return new Item(cp, choice, advance, cp == ' ', null);
    }

    private static int skipSpaces(List<Item> items, int from) {
        int i = from;
        while (i < items.size() && items.get(i).space()) {
            i++;
        }
        return i;
    }

    /** Where the line from {@code start} ends (exclusive): after the last break that fits, or where it is full. */
    private static int lineEnd(List<Item> items, int start, float width) {
        float pen = 0;
        for (int i = start; i < items.size(); i++) {
            Item item = items.get(i);
            if (!item.space() && i > start && pen + item.advance() > width) {
                for (int b = i; b > start; b--) {
                    if (LineBreaks.mayBreakBetween(items.get(b - 1).codePoint(), items.get(b).codePoint())) {
                        return b;
                    }
                }
                return i;
            }
            pen += item.advance();
        }
        return items.size();
    }

    private static Line line(List<Item> items, float size) {
        List<Glyph> glyphs = new ArrayList<>(items.size());
        float pen = 0;
        float ascent = 0;
        float descent = 0;
        for (Item item : items) {
            OutlineFont font = item.choice().font();
            if (item.shaped() == null) {
                glyphs.add(new Glyph(font, item.choice().glyph(), pen, item.choice().emboldened()));
            } else {
                for (Glyph glyph : item.shaped()) {
                    glyphs.add(new Glyph(glyph.font(), glyph.glyph(), pen + glyph.x(), glyph.emboldened()));
                }
            }
            pen += item.advance();
            ascent = Math.max(ascent, font.ascent() * size);
            descent = Math.max(descent, font.descent() * size);
        }
        return new Line(glyphs, pen, ascent, descent);
    }
}
