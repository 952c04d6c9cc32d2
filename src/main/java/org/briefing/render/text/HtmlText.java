package org.briefing.render.text;

import java.util.Locale;
import java.util.Map;

/** The readable text of raw HTML: tags dropped ({@code <br>} and block ends become line breaks), common entities decoded. */
final class HtmlText {
    private static final Map<String, String> ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0",
            "mdash", "\u2014", "ndash", "\u2013", "hellip", "\u2026", "copy", "\u00a9");

    private HtmlText() {
    }

    /** The text of an HTML fragment; {@code \n} marks line breaks. */
    static String of(String html) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? html.length() : end + 3;
            } else if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    out.append(html, i, html.length());
                    break;
                }
                String tag = html.substring(i + 1, end).trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith("br") || tag.equals("/p") || tag.equals("/div") || tag.equals("/li")
                        || tag.equals("/tr") || tag.matches("/h[1-6]")) {
                    out.append('\n');
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String decoded = end > i && end - i <= 10 ? entity(html.substring(i + 1, end)) : null;
                if (decoded == null) {
                    out.append(c);
                    i++;
                } else {
                    out.append(decoded);
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ENTITIES.get(name);
    }
}
