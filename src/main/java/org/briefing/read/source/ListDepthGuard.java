package org.briefing.read.source;

/**
 * Bounds list nesting opened on one line ({@code - - - - item}): past {@link #MAX_MARKERS} container
 * markers the next list marker is escaped, so it and the rest of the line read as the deepest item's text.
 *
 * <p>Why: Flexmark finds whether each list is tight by walking down to its deepest last child, so a line
 * nesting n lists costs n² (3 000 levels took a second and a half). The model keeps only
 * {@link Nesting#MAX_DEPTH} levels anyway, so the cut is put where the reader already flattens.
 * Nesting built over several lines needs indentation that grows with the depth, so its cost stays
 * proportional to the source's size; block quotes alone ({@code >>>>}) are linear in Flexmark and left alone.
 */
final class ListDepthGuard {
    /** Container markers (quotes and list items) kept on one line. */
    static final int MAX_MARKERS = Nesting.MAX_DEPTH;

    private ListDepthGuard() {
    }

    /**
     * The line with the first list marker past the limit escaped, or the line itself when it nests no
     * deeper than the limit or what follows the markers is a thematic break ({@code - - - - - -}).
     */
    static String guard(String line) {
        int markers = 0;
        int at = LinePrefix.skipSpaces(line, 0);
        while (at < line.length()) {
            if (line.charAt(at) == '>') {
                markers++;
                at = LinePrefix.skipSpaces(line, at + 1);
                continue;
            }
            int end = LinePrefix.afterListMarker(line, at);
            if (end < 0) {
                return line;
            }
            if (markers >= MAX_MARKERS) {
                if (isThematicBreak(line, at)) {
                    return line;
                }
                // A backslash before a digit would show; an ordered marker is escaped at its '.' or ')'.
                int escape = Character.isDigit(line.charAt(at)) ? end - 1 : at;
                return line.substring(0, escape) + '\\' + line.substring(escape);
            }
            markers++;
            at = LinePrefix.skipSpaces(line, end);
        }
        return line;
    }

    /** Whether the line from {@code at} is three or more of one of {@code - * _} with only spaces between. */
    private static boolean isThematicBreak(String line, int at) {
        char mark = line.charAt(at);
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int count = 0;
        for (int i = at; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                count++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return count >= 3;
    }
}
