package org.briefing.read.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code spans of a stretch of non-blank lines, found as CommonMark does (a backtick run is closed by the
 * next run of the same length) in linear time: one pass collects the runs, one pass from the end links each
 * to the next of its length. Offsets count the stretch's lines as joined by one newline each.
 */
final class CodeSpans {
    private final Map<Long, Long> closerEndByOpener;

    private CodeSpans(Map<Long, Long> closerEndByOpener) {
        this.closerEndByOpener = closerEndByOpener;
    }

    /** The backtick runs of lines [from, to), each line read after its container markers. */
    static CodeSpans of(SourceLines lines, int from, int to) {
        List<long[]> runs = new ArrayList<>();
        long base = 0;
        for (int l = from; l < to; base += lines.line(l).length() + 1, l++) {
            String line = lines.line(l);
            int p = LinePrefix.afterContainers(line);
            while (p < line.length()) {
                char c = line.charAt(p);
                if (c == '\\' && p + 1 < line.length() && EmphasisNestingGuard.isAsciiPunctuation(line.charAt(p + 1))) {
                    p += 2;
                } else if (c == '`') {
                    int end = p;
                    while (end < line.length() && line.charAt(end) == '`') {
                        end++;
                    }
                    runs.add(new long[] {base + p, end - p});
                    p = end;
                } else {
                    p++;
                }
            }
        }
        Map<Long, Long> closerEnd = new HashMap<>();
        Map<Long, Long> nextStartByLength = new HashMap<>();
        for (int k = runs.size() - 1; k >= 0; k--) {
            long start = runs.get(k)[0];
            long length = runs.get(k)[1];
            Long next = nextStartByLength.put(length, start);
            if (next != null) {
                closerEnd.put(start, next + length);
            }
        }
        return new CodeSpans(closerEnd);
    }

    /** Where the code span opened by the run starting at {@code offset} ends, or -1 if that run opens none. */
    long closerEnd(long offset) {
        return closerEndByOpener.getOrDefault(offset, -1L);
    }
}
