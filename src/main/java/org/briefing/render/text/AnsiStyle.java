package org.briefing.render.text;

/** Terminal text styles as bits, and the ANSI SGR escape sequences that switch them on. */
final class AnsiStyle {
    static final int PLAIN = 0;
    static final int BOLD = 1;
    static final int ITALIC = 2;
    static final int UNDERLINE = 4;
    static final int STRIKE = 8;
    static final int DIM = 16;
    static final int CODE = 32;

    static final String RESET = "\u001b[0m";

    private AnsiStyle() {
    }

    /** The escape sequence that sets exactly these styles (after a reset), or empty for plain. */
    static String sequence(int style) {
        if (style == PLAIN) {
            return "";
        }
        StringBuilder codes = new StringBuilder();
        append(codes, style, BOLD, "1");
        append(codes, style, DIM, "2");
        append(codes, style, ITALIC, "3");
        append(codes, style, UNDERLINE, "4");
        append(codes, style, STRIKE, "9");
        append(codes, style, CODE, "36");
        return "\u001b[" + codes + "m";
    }

    private static void append(StringBuilder codes, int style, int bit, String code) {
        if ((style & bit) != 0) {
            if (codes.length() > 0) {
                codes.append(';');
            }
            codes.append(code);
        }
    }
}
