package org.briefing.render.pdf.layout.inline;

/** Script facts the line breaker needs: which characters break between themselves (CJK). */
public final class Scripts {
    private Scripts() {
    }

    /** Han, kana, Hangul, CJK punctuation and full-width forms: a line may break after each. */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Punctuation that must not end a line (UAX #14 class OP): a break after it is suppressed. */
    public static boolean isOpeningPunctuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.START_PUNCTUATION || "「『【〔〈《（".indexOf(cp) >= 0;
    }

    /**
     * What may not start a line even after a space (UAX #14 rule LB13: closing brackets, '!', '?', '/'),
     * so "either / or" keeps its slash with the word before.
     */
    public static boolean bindsToSpaceBefore(int cp) {
        return ")]}!?/".indexOf(cp) >= 0 || isClosingPunctuation(cp) && cp > 0x2FFF;
    }

    /** Punctuation that must not start a line (kinsoku): a break before it is suppressed. */
    public static boolean isClosingPunctuation(int cp) {
        return "、。，．！？：；）」』】〕〉》ー々,.!?:;)".indexOf(cp) >= 0;
    }
}
