package org.briefing.read.parse;

import java.util.Arrays;

/**
 * Where a long inline text may be cut so that a GFM autolink search over the pieces finds exactly what it
 * finds over the whole: links never contain white space, so a cut after white space is safe; and a word
 * without {@code : @ . &} cannot be or hold a URL, a www link or an e-mail address (nor can a character
 * reference in it decode to one), so it may be cut before any backslash escape in it. Each piece holds
 * about {@code maxEscapes} backslashes and ampersands; a word with more that may hold a link stays whole.
 */
final class TextCuts {
    private TextCuts() {
    }

    /** Cut offsets in increasing order, none when the text has at most {@code maxEscapes} escapes. */
    static int[] of(String text, int maxEscapes) {
        int escapes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&') {
                escapes++;
            }
        }
        if (escapes <= maxEscapes) {
            return new int[0];
        }
        int[] cuts = new int[8];
        int count = 0;
        int inPiece = 0;
        int wordEnd = 0;
        boolean linkless = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i >= wordEnd && !isSpace(c)) {
                wordEnd = i;
                linkless = true;
                while (wordEnd < text.length() && !isSpace(text.charAt(wordEnd))) {
                    char w = text.charAt(wordEnd++);
                    linkless &= w != ':' && w != '@' && w != '.' && w != '&';
                }
            }
            boolean safe = i > 0 && (isSpace(text.charAt(i - 1)) || linkless && c == '\\');
            if (safe && inPiece >= maxEscapes) {
                if (count == cuts.length) {
                    cuts = Arrays.copyOf(cuts, count * 2);
                }
                cuts[count++] = i;
                inPiece = 0;
            }
            if (c == '\\' || c == '&') {
                inPiece++;
            }
            // A backslash escape is one unit: never cut between the backslash and what it escapes.
            i += c == '\\' && i + 1 < text.length() && !isSpace(text.charAt(i + 1)) ? 2 : 1;
        }
        return Arrays.copyOf(cuts, count);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
