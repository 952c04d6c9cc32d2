package org.briefing.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of raw HTML, for renderers that cannot show HTML: tags dropped, line-breaking tags
 * kept as line breaks, entities decoded.
 */
public final class HtmlText {
    /** Elements whose content is code or a fallback, never text to show: a regular-expression alternation. */
    public static final String HIDDEN_ELEMENTS = "script|style|template|noscript";
    /** Such an element with its content; an unclosed one hides everything after it, as in a browser. */
    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<\\s*(" + HIDDEN_ELEMENTS + ")\\b[^>]*>.*?(</\\s*\\1\\s*>|\\z)");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)<\\s*(br|/p|p|/div|div|/li|li|/tr|tr|/h[1-6]|/blockquote)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private HtmlText() {
    }

    /** True when the HTML is just a {@code <br>} tag. */
    public static boolean isLineBreak(String html) {
        return html.trim().toLowerCase(Locale.ROOT).matches("<br\\s*/?>");
    }

    /** Inline text: tags removed, entities decoded, white space kept as is. */
    public static String of(String html) {
        return decode(TAG.matcher(withoutHidden(html)).replaceAll(""));
    }

    /** Text with a {@code \n} for each line-breaking or block-level tag, white space otherwise kept. */
    public static String withBreaks(String html) {
        return decode(TAG.matcher(BLOCK_TAG.matcher(withoutHidden(html)).replaceAll("\n")).replaceAll(""));
    }

    /** Block text: block-level tags become line breaks; lines trimmed, empty lines collapsed. */
    public static String ofBlock(String html) {
        String text = withBreaks(html);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                out.append(out.length() > 0 ? "\n" : "").append(trimmed);
            }
        }
        return out.toString();
    }

    /** {@code html} without script, style, template and noscript elements and their content. */
    public static String withoutHidden(String html) {
        return html.indexOf('<') < 0 ? html : HIDDEN.matcher(html).replaceAll("");
    }

    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A referenced character; one no output can carry (a control, a noncharacter) is dropped. */
    private static String character(int cp, String whole) {
        if (cp == 0 || cp > Character.MAX_CODE_POINT) {
            return "\uFFFD";
        }
        return Characters.isForbidden(cp) ? "" : Character.toString(cp);
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return character(Integer.parseInt(name.substring(2), 16), whole);
            }
            if (name.startsWith("#")) {
                return character(Integer.parseInt(name.substring(1)), whole);
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            case "mdash" -> "\u2014";
            case "ndash" -> "\u2013";
            case "hellip" -> "\u2026";
            case "copy" -> "\u00a9";
            default -> whole;
        };
    }
}
