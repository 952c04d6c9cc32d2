package org.briefing.model;

/**
 * Which code points text may hold. Kept here, once, because the reader removes the ones no output can
 * carry and the renderers keep the invisible ones away from fonts.
 */
public final class Characters {
    private Characters() {
    }

    /**
     * Whether a code point has no place in text: C0 controls other than tab, line feed and carriage return,
     * DEL and the C1 controls (a PDF draws them as .notdef, XML forbids most), noncharacters (U+FDD0–U+FDEF,
     * U+xxFFFE, U+xxFFFF) and surrogates standing alone.
     */
    public static boolean isForbidden(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        return (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    /** Whether {@code text} holds any code point that {@link #isForbidden} refuses. */
    public static boolean hasForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c >= 0xD800) {
                int cp = text.codePointAt(i);
                if (isForbidden(cp) || (Character.isHighSurrogate(c) && cp == c)) {
                    return true;
                }
                i += Character.charCount(cp) - 1;
            }
        }
        return false;
    }

    /** {@code text} without the code points {@link #isForbidden} refuses (a pair of surrogates is kept). */
    public static String withoutForbidden(String text) {
        if (!hasForbidden(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isForbidden(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Unicode's Default_Ignorable_Code_Point: invisible characters (joiners, variation selectors, bidi
     * marks, a byte-order mark inside text, soft hyphen) that a renderer shows as nothing when the font
     * has no glyph for them, rather than as a missing-glyph box.
     */
    public static boolean isDefaultIgnorable(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160
                || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)
                || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }
}
