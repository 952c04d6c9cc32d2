package org.briefing.read.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bounds the lines of one paragraph and the columns of one table. A stretch of more than
 * {@link #MAX_LINES} lines that could be one paragraph is cut by a blank line every {@link #MAX_LINES}
 * lines; when it is a table, its header and delimiter rows are repeated after each cut so every part is a
 * table with the same columns. A table whose delimiter row has more than {@link #MAX_COLUMNS} cells is read
 * as a paragraph (its delimiter row's first {@code -} is escaped).
 *
 * <p>Why: while a paragraph grows, Flexmark's heading parser rebuilds the whole paragraph on every new line
 * (to test for a setext underline), so an n-line paragraph costs n² (GFM tables are paragraphs until the
 * end): 30 000 table rows took over four seconds. Rows shorter than the header are padded to its width, so
 * a very wide header over many short rows multiplies the model's cells. Lines are counted from the last
 * blank line, fence, heading, rule or list item that certainly starts a new paragraph, and lines of HTML
 * blocks and indented code are not counted ({@link NonParagraphLines}); inserted lines are mapped back to
 * the source line they stand before, so messages keep naming the file's lines.
 */
final class LongParagraphGuard {
    /** Lines one paragraph or table part may have. */
    static final int MAX_LINES = 1000;
    /** Columns one table may have. */
    static final int MAX_COLUMNS = 100;

    /**
     * The guarded lines, the source line (1-based) of each, and what was done.
     *
     * @param cuts        blank lines inserted; {@code firstCut} is the source line (0-based) of the first
     * @param wideTables  tables read as paragraphs; {@code firstWide} the source line (0-based) of the first
     */
    record Outcome(SourceLines lines, int[] sourceLines, int cuts, int firstCut, int wideTables, int firstWide) {
    }

    private final List<String> out = new ArrayList<>();
    private final List<String> endings = new ArrayList<>();
    private int[] sourceLines = new int[16];

    private LongParagraphGuard() {
    }

    static Outcome guard(SourceLines lines, boolean[] fenced) {
        LongParagraphGuard guard = new LongParagraphGuard();
        int run = 0;
        String previous = null;
        String header = null;
        String delimiter = null;
        int cuts = 0;
        int firstCut = -1;
        int wide = 0;
        int firstWide = -1;
        String htmlEnd = null;
        boolean indentedCode = false;
        boolean inList = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.line(i);
            // Lines of an HTML block or an indented code block are no paragraph's: neither counted nor cut.
            if (htmlEnd != null) {
                guard.emit(line, lines.ending(i), i);
                if (NonParagraphLines.closesHtmlBlock(line, htmlEnd)) {
                    htmlEnd = null;
                }
                continue;
            }
            boolean blank = LinePrefix.isBlank(line);
            int indent = blank ? 0 : NonParagraphLines.indent(line);
            indentedCode = !fenced[i] && (blank ? indentedCode : indent >= 4 && (indentedCode || (run == 0 && !inList)));
            if (indentedCode) {
                guard.emit(line, lines.ending(i), i);
                continue;
            }
            boolean item = !blank && LinePrefix.startsInterruptingItem(line, LinePrefix.afterQuotes(line));
            if (!blank && !fenced[i]) {
                // A line at the margin after a blank line closes any list; an item opens one.
                inList = item || (inList && !(run == 0 && indent == 0));
            }
            if (!fenced[i] && !blank) {
                String end = NonParagraphLines.htmlBlockEnd(line);
                if (end != null) {
                    run = 0;
                    previous = null;
                    header = null;
                    delimiter = null;
                    guard.emit(line, lines.ending(i), i);
                    htmlEnd = NonParagraphLines.closesHtmlBlock(line, end) && !end.isEmpty() ? null : end;
                    continue;
                }
            }
            if (!fenced[i] && !blank && NonParagraphLines.isHeadingOrRule(line)) {
                run = 0;
                previous = null;
                header = null;
                delimiter = null;
                guard.emit(line, lines.ending(i), i);
                continue;
            }
            if (fenced[i] || blank || item) {
                run = 0;
                previous = null;
                header = null;
                delimiter = null;
                if (fenced[i] || blank) {
                    guard.emit(line, lines.ending(i), i);
                    continue;
                }
            }
            if (run >= MAX_LINES) {
                String ending = lines.ending(i - 1);
                guard.emit(quoteMarkers(line), ending, i);
                run = 0;
                if (header != null) {
                    guard.emit(header, ending, i);
                    guard.emit(delimiter, ending, i);
                    run = 2;
                }
                firstCut = cuts++ == 0 ? i : firstCut;
            }
            if (previous != null && header == null && previous.indexOf('|') >= 0 && isDelimiterRow(line)) {
                if (columns(line) > MAX_COLUMNS) {
                    int dash = line.indexOf('-');
                    line = line.substring(0, dash) + '\\' + line.substring(dash);
                    firstWide = wide++ == 0 ? i : firstWide;
                } else {
                    header = previous;
                    delimiter = line;
                }
            }
            guard.emit(line, lines.ending(i), i);
            run++;
            previous = line;
        }
        return new Outcome(new SourceLines(guard.out, guard.endings), Arrays.copyOf(guard.sourceLines, guard.out.size()),
                cuts, firstCut, wide, firstWide);
    }

    private void emit(String line, String ending, int sourceIndex) {
        if (out.size() == sourceLines.length) {
            sourceLines = Arrays.copyOf(sourceLines, sourceLines.length * 2);
        }
        sourceLines[out.size()] = sourceIndex + 1;
        out.add(line);
        endings.add(ending);
    }

    /** The line's block-quote markers alone: a blank line inside the same quotes. */
    private static String quoteMarkers(String line) {
        int end = 0;
        int at = LinePrefix.skipSpaces(line, 0);
        while (at < line.length() && line.charAt(at) == '>') {
            end = at + 1;
            at = LinePrefix.skipSpaces(line, at + 1);
        }
        return line.substring(0, end);
    }

    /** A GFM delimiter row: pipes, colons, dashes and spaces, with at least one pipe and one dash. */
    static boolean isDelimiterRow(String line) {
        boolean pipe = false;
        boolean dash = false;
        for (int i = LinePrefix.afterQuotes(line); i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|') {
                pipe = true;
            } else if (c == '-') {
                dash = true;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return pipe && dash;
    }

    /** The cells of a delimiter row: its runs of dashes (with their colons) between pipes. */
    private static int columns(String line) {
        int cells = 0;
        boolean inCell = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' && !inCell) {
                cells++;
                inCell = true;
            } else if (c == '|') {
                inCell = false;
            }
        }
        return cells;
    }
}
