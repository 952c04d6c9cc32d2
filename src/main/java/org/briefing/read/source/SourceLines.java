package org.briefing.read.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown body cut into lines, each with the line ending it had ({@code \n}, {@code \r\n}, {@code \r} or
 * none for the last), so that guard rails can change lines and put the text back together unchanged elsewhere.
 */
final class SourceLines {
    private final List<String> lines;
    private final List<String> endings;

    SourceLines(List<String> lines, List<String> endings) {
        this.lines = lines;
        this.endings = endings;
    }

    /** The lines of {@code text}, in one pass. */
    static SourceLines of(String text) {
        List<String> lines = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                boolean crlf = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n';
                endings.add(crlf ? "\r\n" : String.valueOf(c));
                if (crlf) {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        endings.add("");
        return new SourceLines(lines, endings);
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    String ending(int index) {
        return endings.get(index);
    }

    void set(int index, String line) {
        lines.set(index, line);
    }

    /** The text again: the lines joined by their own endings. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i)).append(endings.get(i));
        }
        return out.toString();
    }
}
