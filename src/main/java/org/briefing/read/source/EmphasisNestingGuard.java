package org.briefing.read.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds how deeply emphasis can nest in one paragraph: an emphasis opener ({@code *}, {@code _} or
 * {@code ~~}) that would be closed while already inside {@link #MAX_LEVELS} emphases is written as numeric
 * character references ({@code &#42;}), so that it reads as the literal characters it is.
 *
 * <p>Why: Flexmark's autolink post-processor looks up every text's ancestors, so text nested n emphases deep
 * costs n² (3 000 nested pairs took nearly two seconds). The model keeps only
 * {@link Nesting#MAX_DEPTH} levels of emphasis anyway. Delimiters are paired as CommonMark's rules
 * would pair them (flanking runs; a closer takes the nearest open opener of its character), outside code
 * spans, autolinks and inline HTML: an approximation of Flexmark's delimiter stack, in linear passes over
 * each stretch of non-blank lines. Character references rather than backslashes, because Flexmark handles
 * tens of thousands of backslash escapes in one paragraph about three times more slowly (and less
 * linearly); both read as the same character everywhere outside code spans and autolinks, left alone here.
 */
final class EmphasisNestingGuard {
    /** Emphasis levels (by this guard's pairing) that may enclose an opener. */
    static final int MAX_LEVELS = 64;

    /** What the guard did: how many delimiter runs it escaped, and the first line (0-based, or -1). */
    record Outcome(int escapedRuns, int firstLine) {
    }

    private final SourceLines lines;
    private int escapedRuns;
    private int firstLine = -1;

    private EmphasisNestingGuard(SourceLines lines) {
        this.lines = lines;
    }

    /** Writes surplus openers as character references in place, skipping fenced code and blank lines. */
    static Outcome guard(SourceLines lines, boolean[] fenced) {
        EmphasisNestingGuard guard = new EmphasisNestingGuard(lines);
        int i = 0;
        while (i < lines.size()) {
            if (fenced[i] || LinePrefix.isBlank(lines.line(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && !fenced[end] && !LinePrefix.isBlank(lines.line(end))) {
                end++;
            }
            if (mayNestTooDeep(lines, i, end)) {
                guard.stretch(i, end);
            }
            i = end;
        }
        return new Outcome(guard.escapedRuns, guard.firstLine);
    }

    /**
     * Whether a stretch has enough delimiter characters to nest more than {@link #MAX_LEVELS} emphases: each
     * emphasis takes at least one character from its opener and one from its closer, so fewer than
     * 2 × (MAX_LEVELS + 1) can never need escaping. This cheap count spares ordinary text the full pass.
     */
    private static boolean mayNestTooDeep(SourceLines lines, int from, int to) {
        int delimiters = 0;
        for (int l = from; l < to; l++) {
            String line = lines.line(l);
            for (int p = 0; p < line.length(); p++) {
                char c = line.charAt(p);
                if ((c == '*' || c == '_' || c == '~') && ++delimiters >= 2 * (MAX_LEVELS + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A delimiter run of one stretch: where it is and what CommonMark's flanking rules let it do. */
    private record Run(int line, int at, int length, char c, boolean canOpen, boolean canClose, boolean reset) {
    }

    /**
     * One stretch of non-blank lines [from, to): inline content cannot cross a blank line. Three linear
     * passes: collect the delimiter runs; pair closers with openers as the delimiter stack would; then walk
     * the pairs in order, counting how many enclose each opener, and escape the openers nested too deeply.
     * Openers that are never closed nest nothing and are left alone.
     */
    private void stretch(int from, int to) {
        List<Run> runs = runs(from, to);
        List<int[]> pairs = pair(runs);
        int[] opens = new int[runs.size()];
        for (int[] pair : pairs) {
            opens[pair[0]]++;
        }
        boolean[] escaped = new boolean[runs.size()];
        int depth = 0;
        int next = 0;
        for (int r = 0; r < runs.size(); r++) {
            // Pairs were formed closer by closer, so those that run r closes come next in the list.
            for (; next < pairs.size() && pairs.get(next)[1] == r; next++) {
                if (!escaped[pairs.get(next)[0]]) {
                    depth--;
                }
            }
            if (opens[r] > 0) {
                if (depth + opens[r] > MAX_LEVELS) {
                    escaped[r] = true;
                    escapedRuns++;
                } else {
                    depth += opens[r];
                }
            }
        }
        int r = 0;
        while (r < runs.size()) {
            int line = runs.get(r).line();
            List<Integer> escapes = new ArrayList<>();
            for (; r < runs.size() && runs.get(r).line() == line; r++) {
                if (escaped[r]) {
                    for (int k = 0; k < runs.get(r).length(); k++) {
                        escapes.add(runs.get(r).at() + k);
                    }
                }
            }
            if (!escapes.isEmpty()) {
                firstLine = firstLine < 0 ? line : firstLine;
                lines.set(line, withReferences(lines.line(line), escapes));
            }
        }
    }

    /**
     * The emphases as (opener run, closer run) pairs, in the order their closers come: a closer takes the
     * nearest open opener of its character (dropping the openers above it), two characters at a time when
     * both runs have two left, until it or the open openers of its character run out.
     */
    private static List<int[]> pair(List<Run> runs) {
        List<int[]> pairs = new ArrayList<>();
        int[] left = new int[runs.size()];
        int[] stack = new int[runs.size()];
        int top = 0;
        Map<Character, Integer> open = new HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            left[r] = run.length();
            if (run.reset()) {
                top = 0;
                open.clear();
            }
            while (run.canClose() && left[r] > 0 && open.getOrDefault(run.c(), 0) > 0) {
                int opener = stack[top - 1];
                if (runs.get(opener).c() != run.c()) {
                    top--;
                    open.merge(runs.get(opener).c(), -1, Integer::sum);
                    continue;
                }
                int use = left[r] >= 2 && left[opener] >= 2 ? 2 : 1;
                left[r] -= use;
                left[opener] -= use;
                pairs.add(new int[] {opener, r});
                if (left[opener] == 0) {
                    top--;
                    open.merge(run.c(), -1, Integer::sum);
                }
            }
            if (run.canOpen() && left[r] > 0) {
                stack[top++] = r;
                open.merge(run.c(), 1, Integer::sum);
            }
        }
        return pairs;
    }

    /** The delimiter runs of lines [from, to), outside code spans, autolinks and inline HTML. */
    private List<Run> runs(int from, int to) {
        CodeSpans spans = CodeSpans.of(lines, from, to);
        List<Run> runs = new ArrayList<>();
        long skipTo = -1;
        long base = 0;
        for (int l = from; l < to; base += lines.line(l).length() + 1, l++) {
            String line = lines.line(l);
            int start = LinePrefix.afterContainers(line);
            boolean reset = startsBlock(line);
            int noCloseFrom = Integer.MAX_VALUE;
            int p = start;
            while (p < line.length()) {
                if (base + p < skipTo) {
                    if (skipTo >= base + line.length()) {
                        break;
                    }
                    p = (int) (skipTo - base);
                    continue;
                }
                char c = line.charAt(p);
                if (c == '\\' && p + 1 < line.length() && isAsciiPunctuation(line.charAt(p + 1))) {
                    p += 2;
                } else if (c == '`') {
                    long closer = spans.closerEnd(base + p);
                    if (closer >= 0) {
                        skipTo = closer;
                    }
                    p += run(line, p, c);
                } else if (c == '<' && p + 1 < line.length() && startsTag(line.charAt(p + 1)) && p < noCloseFrom) {
                    int close = line.indexOf('>', p + 1);
                    if (close < 0) {
                        noCloseFrom = p;
                        p++;
                    } else {
                        p = close + 1;
                    }
                } else if (c == '*' || c == '_' || c == '~') {
                    int length = run(line, p, c);
                    if (c != '~' || length >= 2) {
                        char before = p == start ? ' ' : line.charAt(p - 1);
                        char after = p + length == line.length() ? ' ' : line.charAt(p + length);
                        boolean left = !isSpace(after)
                                && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
                        boolean right = !isSpace(before)
                                && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
                        boolean canOpen = c == '_' ? left && (!right || isPunctuation(before)) : left;
                        boolean canClose = c == '_' ? right && (!left || isPunctuation(after)) : right;
                        if (canOpen || canClose) {
                            runs.add(new Run(l, p, length, c, canOpen, canClose, reset));
                            reset = false;
                        }
                    }
                    p += length;
                } else {
                    p++;
                }
            }
        }
        return runs;
    }

    /** Lines that start a new block inside a stretch (list items, table rows, headings) end its inlines. */
    private static boolean startsBlock(String line) {
        int at = LinePrefix.afterQuotes(line);
        return at < line.length() && (line.charAt(at) == '|' || line.charAt(at) == '#'
                || LinePrefix.startsInterruptingItem(line, at));
    }

    private static String withReferences(String line, List<Integer> escapes) {
        StringBuilder out = new StringBuilder(line.length() + 5 * escapes.size());
        int from = 0;
        for (int at : escapes) {
            out.append(line, from, at).append("&#").append((int) line.charAt(at)).append(';');
            from = at + 1;
        }
        return out.append(line, from, line.length()).toString();
    }

    private static boolean startsTag(char c) {
        return c < 128 && (Character.isLetter(c) || c == '/' || c == '!' || c == '?');
    }

    private static int run(String line, int at, char c) {
        int i = at;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        return i - at;
    }

    static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return isAsciiPunctuation(c);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
