package org.briefing.read.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The backtick runs of one inline parser input, indexed by length, so that the closer of a code span (the
 * next run of the same length) is found by a binary search instead of a scan to the end of the paragraph.
 * Runs are maximal: a run is counted from a non-backtick (or the start) to the next non-backtick.
 */
final class BacktickRuns {
    private final Map<Integer, int[]> startsByLength;

    private BacktickRuns(Map<Integer, int[]> startsByLength) {
        this.startsByLength = startsByLength;
    }

    /** The runs of {@code text}, in one pass. */
    static BacktickRuns of(CharSequence text) {
        Map<Integer, int[]> starts = new HashMap<>();
        Map<Integer, Integer> counts = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == '`') {
                end++;
            }
            int length = end - i;
            int count = counts.getOrDefault(length, 0);
            int[] list = starts.computeIfAbsent(length, k -> new int[4]);
            if (count == list.length) {
                list = Arrays.copyOf(list, count * 2);
                starts.put(length, list);
            }
            list[count] = i;
            counts.put(length, count + 1);
            i = end;
        }
        starts.replaceAll((length, list) -> Arrays.copyOf(list, counts.get(length)));
        return new BacktickRuns(starts);
    }

    /** The start of the first run of exactly {@code length} backticks starting at or after {@code from}, or -1. */
    int next(int length, int from) {
        int[] starts = startsByLength.get(length);
        if (starts == null) {
            return -1;
        }
        int at = Arrays.binarySearch(starts, from);
        int index = at >= 0 ? at : -at - 1;
        return index < starts.length ? starts[index] : -1;
    }
}
