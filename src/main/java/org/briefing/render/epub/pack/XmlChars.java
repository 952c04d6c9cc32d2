package org.briefing.render.epub.pack;

import java.util.List;

/**
 * Drops the characters XML 1.0 cannot hold (controls other than tab and line ends, lone surrogates,
 * U+FFFE/U+FFFF) from text bound for the package, navigation and NCX files: a serializer would write
 * them as character references that no XML parser accepts.
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
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Each text of the list cleaned. */
    public static List<String> clean(List<String> texts) {
        return texts.stream().map(XmlChars::clean).toList();
    }
}
