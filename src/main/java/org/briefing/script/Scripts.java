package org.briefing.script;

import java.util.EnumSet;
import java.util.Set;
import org.briefing.model.Characters;

/** Script facts about single characters: CJK, scripts that need shaping, direction, invisibility. */
public final class Scripts {
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

    private Scripts() {
    }

    /**
     * Han, kana, Hangul, CJK punctuation and full-width forms: text written without spaces, where a line may
     * break between characters (UAX #14 classes ID, H2, H3 and the CJK members of OP, CL, NS).
     */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Whether a character's script needs its words shaped whole: its letters join, reorder or stack. */
    public static boolean needsShaping(int cp) {
        // All these scripts start at Arabic's block or later: Latin, Greek, Cyrillic and Hebrew skip the lookup.
        return cp >= 0x0600 && SHAPED.contains(Character.UnicodeScript.of(cp));
    }

    /** Whether a code point is a strong right-to-left letter (Hebrew, Arabic, ...). */
    public static boolean isRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * Whether text holding this code point needs the bidirectional algorithm: a right-to-left letter, or a
     * control that starts right-to-left embedding, override or isolate.
     */
    public static boolean startsRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return isRightToLeft(cp) || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }

    /** Whether a code point has a strong direction of its own, left-to-right or right-to-left. */
    public static boolean isStrong(int cp) {
        return isRightToLeft(cp) || Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
    }

    /**
     * Characters drawn as nothing and taking no room: Unicode's default-ignorables (one list,
     * {@link Characters}), format characters and controls.
     */
    public static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Characters.isDefaultIgnorable(cp) || type == Character.FORMAT || type == Character.CONTROL;
    }
}
