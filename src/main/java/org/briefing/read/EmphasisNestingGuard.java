package org.briefing.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds how deeply emphasis can nest in one paragraph: an emphasis opener ({@code *}, {@code _} or
 * {@code ~~}) met while {@link #MAX_OPEN} openers are still waiting for their closers is written as numeric
 * character references ({@code &#42;}), so that it reads as the literal characters it is.
 *
 * <p>Why: Flexmark's autolink post-processor looks up every text's ancestors, so text nested n emphases deep
 * costs n² (3 000 nested pairs took nearly two seconds). The model keeps only
 * {@link InlineConverter#MAX_DEPTH} levels of emphasis anyway. Openers are counted as CommonMark's delimiter
 * rules would see them (flanking runs; a closer consumes the nearest opener of its character), outside code
 * spans, autolinks and inline HTML, in one pass per stretch of non-blank lines: an approximation of
 * Flexmark's delimiter stack. Character references rather than backslashes, because Flexmark handles tens of
 * thousands of backslash escapes in one paragraph about three times more slowly (and less linearly); both
 * read as the same character everywhere outside code spans and autolinks, which are left alone.
 */
final class EmphasisNestingGuard {
    /** Emphasis openers allowed to wait at once in one paragraph. */
    static final int MAX_OPEN = 64;

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
            guard.stretch(i, end);
            i = end;
        }
        return new Outcome(guard.escapedRuns, guard.firstLine);
    }

    /** One stretch of non-blank lines [from, to): inline content cannot cross a blank line. */
    private void stretch(int from, int to) {
        CodeSpans spans = CodeSpans.of(lines, from, to);
        OpenDelimiters open = new OpenDelimiters();
        long skipTo = -1;
        long base = 0;
        for (int l = from; l < to; base += lines.line(l).length() + 1, l++) {
            String line = lines.line(l);
            int start = LinePrefix.afterContainers(line);
            if (startsBlock(line)) {
                open.clear();
            }
            List<Integer> escapes = null;
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
                    int length = run(line, p, c);
                    long closer = spans.closerEnd(base + p);
                    if (closer >= 0) {
                        skipTo = closer;
                    }
                    p += length;
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
                        if (!delimiter(open, c, before, after)) {
                            if (escapes == null) {
                                escapes = new ArrayList<>();
                            }
                            for (int k = 0; k < length; k++) {
                                escapes.add(p + k);
                            }
                        }
                    }
                    p += length;
                } else {
                    p++;
                }
            }
            if (escapes != null) {
                firstLine = firstLine < 0 ? l : firstLine;
                lines.set(l, withReferences(line, escapes));
            }
        }
    }

    /** Applies CommonMark's flanking rules to a run; false for an opener past the budget. */
    private boolean delimiter(OpenDelimiters open, char c, char before, char after) {
        boolean left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
        boolean right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
        boolean canOpen = c == '_' ? left && (!right || isPunctuation(before)) : left;
        boolean canClose = c == '_' ? right && (!left || isPunctuation(after)) : right;
        if (canClose && open.close(c)) {
            return true;
        }
        if (!canOpen) {
            return true;
        }
        if (open.size() >= MAX_OPEN) {
            escapedRuns++;
            return false;
        }
        open.push(c);
        return true;
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

    /** The openers waiting for closers, innermost last, with a count per character for O(1) "any open?". */
    private static final class OpenDelimiters {
        private final StringBuilder stack = new StringBuilder();
        private final Map<Character, Integer> counts = new HashMap<>();

        int size() {
            return stack.length();
        }

        void push(char c) {
            stack.append(c);
            counts.merge(c, 1, Integer::sum);
        }

        /** Consumes the nearest opener of {@code c} and the openers above it; false when none is open. */
        boolean close(char c) {
            if (counts.getOrDefault(c, 0) == 0) {
                return false;
            }
            char popped;
            do {
                popped = stack.charAt(stack.length() - 1);
                stack.setLength(stack.length() - 1);
                counts.merge(popped, -1, Integer::sum);
            } while (popped != c);
            return true;
        }

        void clear() {
            stack.setLength(0);
            counts.clear();
        }
    }
}
