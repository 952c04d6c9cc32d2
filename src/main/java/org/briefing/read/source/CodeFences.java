package org.briefing.read.source;

/**
 * Marks the lines of fenced code blocks (fences included), found line by line without parsing, so that the
 * guard rails never change code. A fence ends at its closing fence or where its block quote or list item
 * ends (a line with fewer {@code >} markers or less indentation). In doubt a line counts as not fenced: the
 * guard rails then still bound the parser's work, at worst escaping a character in code.
 */
final class CodeFences {
    private CodeFences() {
    }

    /** For each line, whether it belongs to a fenced code block. */
    static boolean[] of(SourceLines lines) {
        boolean[] fenced = new boolean[lines.size()];
        char fenceChar = 0;
        int fenceLength = 0;
        int fenceQuotes = 0;
        int fenceColumn = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.line(i);
            if (fenceChar != 0) {
                boolean blank = LinePrefix.isBlank(line);
                boolean containerEnded = !blank && (LinePrefix.quoteDepth(line) < fenceQuotes
                        || LinePrefix.afterQuotes(line) < fenceColumn);
                if (!containerEnded) {
                    fenced[i] = true;
                    int at = LinePrefix.afterQuotes(line);
                    int run = run(line, at, fenceChar);
                    if (run >= fenceLength && LinePrefix.skipSpaces(line, at + run) == line.length()) {
                        fenceChar = 0;
                    }
                    continue;
                }
                fenceChar = 0;
            }
            // Find the content after the container markers, remembering where the last marker ended.
            int markEnd = 0;
            int at = LinePrefix.skipSpaces(line, 0);
            boolean listItem = false;
            while (at < line.length()) {
                if (line.charAt(at) == '>') {
                    markEnd = at + 1;
                    listItem = false;
                    at = LinePrefix.skipSpaces(line, at + 1);
                    continue;
                }
                int end = LinePrefix.afterListMarker(line, at);
                if (end < 0) {
                    break;
                }
                markEnd = end;
                listItem = true;
                at = LinePrefix.skipSpaces(line, end);
            }
            if (at - markEnd > (listItem ? 4 : 3) || at >= line.length()) {
                continue;
            }
            char c = line.charAt(at);
            int run = c == '`' || c == '~' ? run(line, at, c) : 0;
            if (run >= 3 && (c == '~' || line.indexOf('`', at + run) < 0)) {
                fenced[i] = true;
                fenceChar = c;
                fenceLength = run;
                fenceQuotes = LinePrefix.quoteDepth(line);
                fenceColumn = listItem ? markEnd + 1 : markEnd;
            }
        }
        return fenced;
    }

    private static int run(String line, int at, char c) {
        int i = at;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        return i - at;
    }
}
