package org.briefing.read.source;

/**
 * Reads the container markers at the start of a source line (block-quote {@code >}, list markers and the
 * spaces between) without parsing the document: the guard rails need to know roughly where a line's
 * content starts. One pass over the prefix; nothing here backtracks.
 */
final class LinePrefix {
    private LinePrefix() {
    }

    /** The index after the spaces and tabs from {@code from}. */
    static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The index after the leading block-quote markers and spaces. */
    static int afterQuotes(String line) {
        int i = skipSpaces(line, 0);
        while (i < line.length() && line.charAt(i) == '>') {
            i = skipSpaces(line, i + 1);
        }
        return i;
    }

    /** How many block-quote markers the line starts with. */
    static int quoteDepth(String line) {
        int depth = 0;
        int i = skipSpaces(line, 0);
        while (i < line.length() && line.charAt(i) == '>') {
            depth++;
            i = skipSpaces(line, i + 1);
        }
        return depth;
    }

    /** Whether the line holds nothing but block-quote markers and spaces (a blank line inside quotes). */
    static boolean isBlank(String line) {
        return afterQuotes(line) == line.length();
    }

    /**
     * The index just after the list marker at {@code at} ({@code -}, {@code +}, {@code *}, or up to nine
     * digits and {@code .} or {@code )}), which must be followed by a space, a tab or the line's end; -1
     * when there is no list marker there.
     */
    static int afterListMarker(String line, int at) {
        if (at >= line.length()) {
            return -1;
        }
        char c = line.charAt(at);
        int end;
        if (c == '-' || c == '+' || c == '*') {
            end = at + 1;
        } else {
            int digits = at;
            while (digits < line.length() && digits - at < 9 && Character.isDigit(line.charAt(digits))
                    && line.charAt(digits) < 128) {
                digits++;
            }
            if (digits == at || digits >= line.length() || (line.charAt(digits) != '.' && line.charAt(digits) != ')')) {
                return -1;
            }
            end = digits + 1;
        }
        return end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t' ? end : -1;
    }

    /**
     * Whether a list item starting at {@code at} could interrupt a paragraph: a bullet or the number 1
     * followed by some content (CommonMark's rule), so that it certainly starts a new paragraph.
     */
    static boolean startsInterruptingItem(String line, int at) {
        int end = afterListMarker(line, at);
        if (end < 0 || skipSpaces(line, end) == line.length()) {
            return false;
        }
        char c = line.charAt(at);
        return c == '-' || c == '+' || c == '*' || (end - at == 2 && c == '1');
    }

    /** The index after every leading container marker (quotes and list markers) and the spaces between. */
    static int afterContainers(String line) {
        int i = skipSpaces(line, 0);
        while (i < line.length()) {
            if (line.charAt(i) == '>') {
                i = skipSpaces(line, i + 1);
                continue;
            }
            int end = afterListMarker(line, i);
            if (end < 0) {
                break;
            }
            i = skipSpaces(line, end);
        }
        return i;
    }
}
