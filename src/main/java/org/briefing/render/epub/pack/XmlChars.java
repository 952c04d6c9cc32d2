package org.briefing.render.epub.pack;

import java.util.List;

/**
 * Text for XML 1.0: drops the characters it cannot hold (controls other than tab and line ends, lone
 * surrogates, U+FFFE/U+FFFF) — a serializer would write them as character references that no XML parser
 * accepts — and escapes markup for the writers of the package, NCX and content documents.
 */
public final class XmlChars {
    private XmlChars() {
    }

    /** The text without characters XML 1.0 forbids. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || isXmlChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Appends the text escaped as character data or, with {@code attribute}, as a double-quoted attribute
     * value, leaving out the characters XML cannot hold. A carriage return is always a reference and, in an
     * attribute, so are line feeds and tabs: a parser would otherwise normalise them away.
     */
    public static void escapeInto(StringBuilder out, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether a BMP character other than tab and line ends may appear in XML 1.0 (surrogates come in pairs). */
    public static boolean isXmlChar(char c) {
        return c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD;
    }

    /** Each text of the list cleaned. */
    public static List<String> clean(List<String> texts) {
        return texts.stream().map(XmlChars::clean).toList();
    }
}
