package org.briefing.script;

/**
 * Where a line may break between two characters: after spaces, after a hyphen or dash before a letter, and
 * between CJK characters except where kinsoku forbids it (JIS X 4051, UAX #14 classes OP, CL, CP, EX,
 * IS, NS): closing punctuation, small kana and iteration marks never start a line, opening brackets never
 * end one.
 */
public final class LineBreaks {
    /**
     * What may not start a line besides closing brackets (general category Pe): closing quotes, full stops,
     * commas, dividing punctuation, middle dots, leaders, iteration marks, the prolonged sound mark, wave
     * dash and small kana; and the ambiguous straight quotes, which UAX #14 (LB19) never breaks beside.
     */
    private static final String NO_LINE_START = "\"'’”、。，．,.：；:;！？!?‼⁇⁈⁉・･…‥々〻ゝゞヽヾーｰ〜゠"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ";
    /** What may not end a line besides opening brackets (general category Ps): the opening and straight quotes. */
    private static final String NO_LINE_END = "\"'‘“";
    /** Hyphens and dashes a line may break after (not U+2011, the non-breaking hyphen). */
    private static final String BREAKING_DASHES = "-\u2010\u2012\u2013\u2014";
    /** What stays with the word before even across a space (UAX #14 LB13), besides CJK closing punctuation. */
    private static final String BINDS_TO_SPACE_BEFORE = ")]}!?/";

    private LineBreaks() {
    }

    /** Whether a line may not start with this character (kinsoku): a break before it is suppressed. */
    public static boolean noBreakBefore(int cp) {
        return Character.getType(cp) == Character.END_PUNCTUATION || NO_LINE_START.indexOf(cp) >= 0;
    }

    /** Whether a line may not end with this character (an opening bracket or quote): a break after it is suppressed. */
    public static boolean noBreakAfter(int cp) {
        return Character.getType(cp) == Character.START_PUNCTUATION || NO_LINE_END.indexOf(cp) >= 0;
    }

    /**
     * What may not start a line even after a space (UAX #14 rule LB13: closing brackets, '!', '?', '/', and
     * CJK closing punctuation), so "either / or" keeps its slash with the word before.
     */
    public static boolean bindsToSpaceBefore(int cp) {
        return BINDS_TO_SPACE_BEFORE.indexOf(cp) >= 0 || noBreakBefore(cp) && cp > 0x2FFF;
    }

    /** A hyphen or dash a line may break after when a letter follows (UAX #14 classes HY, BA and B2). */
    public static boolean isBreakingDash(int cp) {
        return BREAKING_DASHES.indexOf(cp) >= 0;
    }

    /**
     * Whether a line may end between {@code before} and {@code after}: after white space (never just
     * before it: the space ends the line), after a breaking dash followed by a letter, and beside a CJK
     * character unless kinsoku forbids it.
     */
    public static boolean mayBreakBetween(int before, int after) {
        if (Character.isWhitespace(after)) {
            return false;
        }
        if (Character.isWhitespace(before)) {
            return true;
        }
        if (isBreakingDash(before)) {
            return Character.isLetter(after);
        }
        return (Scripts.isCjk(before) || Scripts.isCjk(after)) && !noBreakBefore(after) && !noBreakAfter(before);
    }
}
