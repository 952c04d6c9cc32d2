package org.briefing.render.epub.cover;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.briefing.model.Characters;

/**
 * A piece of cover text set in lines, first fit: each line takes as many characters as fit and ends at
 * the last place a line may break (after spaces, after a hyphen or dash before a letter, around CJK
 * characters); a word wider than the whole line is cut where the line is full. Spaces at the end of a
 * line hang past it. Right-to-left text is put in visual order. A word in a script that needs
 * contextual shaping (Arabic, Indic, Myanmar, Tibetan, ...; see {@link #needsShaping}) is shaped whole by
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

    /** Closing punctuation no line may start with, as in CJK line breaking (kinsoku). */
    private static final String NO_BREAK_BEFORE = "、。，．：；！？）］｝〕〉》」』】〙〗〟’”ー々ゝゞヽヾ,.:;!?)]}"
            + "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    /** Opening punctuation no line may end with. */
    private static final String NO_BREAK_AFTER = "（［｛〔〈《「『【〘〖〝‘“([{";
    /** Pairs of brackets that swap in right-to-left text (Unicode's Bidi_Mirrored pairs most titles use). */
    private static final String MIRRORED = "()[]{}<>\u00ab\u00bb\u2039\u203a";
    /** Scripts whose letters take their shape from their neighbours, so that a word is shaped whole. */
    private static final Set<Character.UnicodeScript> SHAPED = EnumSet.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.THAANA,
            Character.UnicodeScript.NKO, Character.UnicodeScript.MANDAIC, Character.UnicodeScript.ADLAM,
            Character.UnicodeScript.HANIFI_ROHINGYA, Character.UnicodeScript.MONGOLIAN,
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
            Character.UnicodeScript.TIBETAN, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.JAVANESE, Character.UnicodeScript.BALINESE, Character.UnicodeScript.TAI_THAM);
    /** Hyphens and dashes after which a line may break (not U+2011, the non-breaking hyphen). */
    private static final String BREAK_AFTER = "-\u2010\u2012\u2013\u2014";

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
        Integer direction = text.codePoints().noneMatch(CoverLines::rightToLeft) ? null
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
            if (word.codePoints().anyMatch(CoverLines::needsShaping)) {
                items.add(shaped(word, faces, size, tracking));
            } else {
                word.codePoints().filter(c -> !invisible(c)).forEach(c -> items.add(item(c, faces, size, tracking)));
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

    /** Whether a character's script needs its words shaped whole: its letters join, reorder or stack. */
    static boolean needsShaping(int cp) {
        // All these scripts start at Arabic's block or later: Latin, Greek, Cyrillic and Hebrew skip the lookup.
        return cp >= 0x0600 && SHAPED.contains(Character.UnicodeScript.of(cp));
    }

    /**
     * A word shaped whole in the face its first character that needs shaping is drawn in. Tracking and
     * emboldening are added once, after the word, not between its glyphs, which would part joined letters.
     */
    private static Item shaped(String word, FaceChain faces, float size, float tracking) {
        int key = word.codePoints().filter(CoverLines::needsShaping).findFirst().orElseThrow();
        FaceChain.Choice choice = faces.pick(key);
        ComplexWords.Word shaped = ComplexWords.shape(word, choice, size);
        // The character the bidirectional algorithm sees for the word: its first strong one.
        int stand = word.codePoints().filter(CoverLines::strong).findFirst().orElse(key);
        float advance = shaped.advance() + tracking + (choice.emboldened() ? emboldening(size) : 0);
        return new Item(stand, choice, advance, false, shaped.glyphs());
    }

    private static boolean strong(int cp) {
        byte type = Character.getDirectionality(cp);
        return type == Character.DIRECTIONALITY_LEFT_TO_RIGHT || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static Item item(int cp, FaceChain faces, float size, float tracking) {
        FaceChain.Choice choice = faces.pick(cp);
        float advance = choice.font().advance(choice.glyph()) * size + tracking
                + (choice.emboldened() ? emboldening(size) : 0);
        return new Item(cp, choice, advance, cp == ' ', null);
    }

    private static boolean rightToLeft(int cp) {
        byte type = Character.getDirectionality(cp);
        return type == Character.DIRECTIONALITY_RIGHT_TO_LEFT || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }

    /**
     * Characters that show nothing and take no room: format characters (joiners, directional marks, the
     * soft hyphen), controls other than white space, and variation selectors.
     */
    /** Characters drawn as nothing: Unicode's default-ignorables (one list, {@link Characters}) and formats. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Characters.isDefaultIgnorable(cp) || type == Character.FORMAT || type == Character.CONTROL;
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
                    if (mayBreakBefore(items.get(b - 1).codePoint(), items.get(b).codePoint())) {
                        return b;
                    }
                }
                return i;
            }
            pen += item.advance();
        }
        return items.size();
    }

    /** Whether a line may end between {@code before} and {@code after}. */
    static boolean mayBreakBefore(int before, int after) {
        if (after == ' ') {
            return false;
        }
        if (before == ' ') {
            return true;
        }
        if (BREAK_AFTER.indexOf(before) >= 0) {
            return Character.isLetter(after);
        }
        return (cjk(before) || cjk(after)) && NO_BREAK_BEFORE.indexOf(after) < 0 && NO_BREAK_AFTER.indexOf(before) < 0;
    }

    private static boolean cjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef);
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
