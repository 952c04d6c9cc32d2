package org.briefing.read.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises, from one line, the CommonMark blocks that are not paragraphs: ATX headings, thematic breaks,
 * the start of an HTML block, lines of an indented code block. The long-paragraph guard must not count
 * them as paragraph lines (it warned about, and cut, a thousand headings or a long HTML table).
 */
final class NonParagraphLines {
    private static final Pattern HEADING = Pattern.compile("#{1,6}([ \t].*)?");
    private static final Pattern RULE = Pattern.compile("(?:(?:\\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})");
    /** HTML block types 1–5 of CommonMark, which end at a marker rather than at a blank line. */
    private static final Pattern UNTIL_MARKER = Pattern.compile(
            "(?i)<(script|pre|style|textarea)(\\s|>|$)|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[");
    private static final Pattern BLOCK_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(\\s|/?>|$).*");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base", "basefont",
            "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2",
            "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main",
            "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    private NonParagraphLines() {
    }

    /** The spaces before the content after the line's quote markers (a tab counts as four). */
    static int indent(String line) {
        int i = LinePrefix.skipSpaces(line, 0);
        int start = 0;
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            start = i;
            i = LinePrefix.skipSpaces(line, i);
        }
        int columns = 0;
        for (int j = start; j < LinePrefix.afterQuotes(line); j++) {
            columns += line.charAt(j) == '\t' ? 4 : 1;
        }
        return columns;
    }

    /** An ATX heading or a thematic break: a block of one line that ends any paragraph before it. */
    static boolean isHeadingOrRule(String line) {
        if (indent(line) > 3) {
            return false;
        }
        String content = line.substring(LinePrefix.afterQuotes(line)).stripTrailing();
        return HEADING.matcher(content).matches() || RULE.matcher(content).matches();
    }

    /**
     * How an HTML block starting on this line ends: {@code ""} at the next blank line, otherwise the text
     * whose line ends it ({@code -->}, {@code </script>}, …); null when no HTML block starts here.
     */
    static String htmlBlockEnd(String line) {
        if (indent(line) > 3) {
            return null;
        }
        String content = line.substring(LinePrefix.afterQuotes(line));
        Matcher marker = UNTIL_MARKER.matcher(content);
        if (marker.lookingAt()) {
            if (marker.group(1) != null) {
                return "</" + marker.group(1).toLowerCase(Locale.ROOT) + ">";
            }
            String start = marker.group();
            return start.equals("<!--") ? "-->" : start.equals("<?") ? "?>" : start.startsWith("<![") ? "]]>" : ">";
        }
        Matcher tag = BLOCK_TAG.matcher(content);
        return tag.matches() && BLOCK_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT)) ? "" : null;
    }

    /** Whether {@code line} closes an HTML block that ends at {@code end} (from {@link #htmlBlockEnd}). */
    static boolean closesHtmlBlock(String line, String end) {
        return end.isEmpty() ? LinePrefix.isBlank(line) : line.toLowerCase(Locale.ROOT).contains(end);
    }
}
