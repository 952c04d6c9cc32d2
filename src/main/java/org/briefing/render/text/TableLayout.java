package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;
import org.briefing.measure.ColumnExtent;
import org.briefing.measure.ColumnWidths;
import org.briefing.model.Inline;
import org.briefing.model.Numbers;
import org.briefing.model.Table;
import org.briefing.model.TableRow;

/**
 * Sets a table as aligned columns separated by bars, its caption above it ("Table 3. …" when the theme
 * numbers tables). Column widths come from {@link ColumnWidths}, in display columns: each column's widest
 * word and widest line, so cells wrap only at spaces, and the author's {@code tbl-colwidths} when given.
 * When the words do not fit side by side (or not even a few characters per column), rows are written as
 * {@code header: value} records instead.
 */
final class TableLayout {
    private static final String SEPARATOR = " │ ";
    private static final String CROSSING = "─┼─";
    private static final int MIN_COLUMN = 3;
    /** Words longer than this many columns (URLs, paths) are cut rather than turning a table into records. */
    private static final int LONG_WORD = 20;
    /** The word before a table's number; English until captions are localised (issue 19). */

    private final InlineFlattener inlines;
    private final Numbers numbers;
    private final boolean numbered;

    /** Tables numbered from {@code numbers} when {@code numbered}. */
    TableLayout(InlineFlattener inlines, Numbers numbers, boolean numbered) {
        this.inlines = inlines;
        this.numbers = numbers;
        this.numbered = numbered;
    }

    /** The lines of a table no wider than {@code width}, its caption first. */
    List<StyledLine> layout(Table table, int width) {
        int columns = table.columns();
        if (columns == 0) {
            return List.of();
        }
        List<StyledLine> lines = new ArrayList<>(caption(table, width));
        List<List<List<Span>>> head = cells(table.head(), columns, AnsiStyle.BOLD);
        List<List<List<Span>>> body = cells(table.body(), columns, AnsiStyle.PLAIN);
        int room = width - SEPARATOR.length() * (columns - 1);
        if (room < columns * MIN_COLUMN) {
            lines.addAll(records(head, body, width));
            return lines;
        }
        int[] widths = widths(table, concat(head, body), room);
        if (widths.length == 0) {
            lines.addAll(records(head, body, width));
            return lines;
        }
        for (List<List<Span>> row : head) {
            lines.addAll(row(row, widths, table.alignments()));
        }
        if (!head.isEmpty()) {
            StyledLine.Builder rule = new StyledLine.Builder();
            for (int c = 0; c < columns; c++) {
                rule.append((c == 0 ? "" : CROSSING) + "─".repeat(widths[c]), AnsiStyle.PLAIN);
            }
            lines.add(rule.build());
        }
        for (List<List<Span>> row : body) {
            lines.addAll(row(row, widths, table.alignments()));
        }
        return lines;
    }

    /** "Table 3. Caption" wrapped to the width; nothing when the table has no caption and no number. */
    private List<StyledLine> caption(Table table, int width) {
        int number = numbered ? numbers.of(table) : 0;
        List<Span> spans = new ArrayList<>();
        if (number > 0) {
            spans.add(new Span(Numbers.tableLabel(number, !table.caption().isEmpty())
                    + (table.caption().isEmpty() ? "" : " "), AnsiStyle.BOLD));
        }
        spans.addAll(inlines.flatten(table.caption(), AnsiStyle.PLAIN));
        return spans.isEmpty() ? List.of() : WordWrapper.wrap(spans, width);
    }

    /**
     * Column widths in {@code room} display columns: the author's shares, else from the content; none when
     * the content's words do not fit side by side (a terminal cannot set the table smaller, and records
     * read better than numbers cut in two). A word longer than {@link #LONG_WORD} (a URL, a path) may be cut
     * all the same.
     */
    private static int[] widths(Table table, List<List<List<Span>>> rows, int room) {
        int columns = table.columns();
        if (!table.columnWidths().isEmpty()) {
            return atLeastOne(ColumnWidths.whole(ColumnWidths.authored(table.columnWidths(), room), room), room);
        }
        List<ColumnExtent> extents = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            int min = 0;
            int max = 0;
            for (List<List<Span>> row : rows) {
                min = Math.max(min, WordWrapper.widestWord(row.get(c)));
                for (StyledLine line : WordWrapper.wrap(row.get(c), Integer.MAX_VALUE)) {
                    max = Math.max(max, line.width());
                }
            }
            extents.add(new ColumnExtent(Math.min(min, LONG_WORD), Math.max(min, max)));
        }
        if (ColumnWidths.fit(extents, 0, room) == ColumnWidths.Fit.OVERFLOW) {
            return new int[0];
        }
        return atLeastOne(ColumnWidths.whole(ColumnWidths.automatic(extents, 0, room, false), room), room);
    }

    /** An empty column still gets one character, so its bars stay apart; the widest columns pay for it. */
    private static int[] atLeastOne(int[] widths, int room) {
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(1, widths[c]);
            total += widths[c];
        }
        while (total > room) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) {
                widest = widths[c] > widths[widest] ? c : widest;
            }
            widths[widest]--;
            total--;
        }
        return widths;
    }

    private List<StyledLine> row(List<List<Span>> cells, int[] widths, List<Table.Alignment> alignments) {
        List<List<StyledLine>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<StyledLine> lines = WordWrapper.wrap(cells.get(c), widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        List<StyledLine> out = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            StyledLine.Builder line = new StyledLine.Builder();
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) {
                    line.append(SEPARATOR, AnsiStyle.PLAIN);
                }
                StyledLine cell = r < wrapped.get(c).size() ? wrapped.get(c).get(r) : StyledLine.EMPTY;
                int spare = Math.max(0, widths[c] - cell.width());
                int before = switch (alignments.get(c)) {
                    case RIGHT -> spare;
                    case CENTER -> spare / 2;
                    default -> 0;
                };
                line.append(" ".repeat(before), AnsiStyle.PLAIN);
                cell.spans().forEach(s -> line.append(s.text(), s.style()));
                line.append(" ".repeat(spare - before), AnsiStyle.PLAIN);
            }
            out.add(line.build());
        }
        return out;
    }

    /** Too many columns for the width: each body row as {@code header: value} lines. */
    private List<StyledLine> records(List<List<List<Span>>> head, List<List<List<Span>>> body, int width) {
        List<StyledLine> out = new ArrayList<>();
        List<List<Span>> names = head.isEmpty() ? null : head.get(0);
        for (int r = 0; r < body.size(); r++) {
            if (r > 0) {
                out.add(StyledLine.EMPTY);
            }
            List<List<Span>> row = body.get(r);
            for (int c = 0; c < row.size(); c++) {
                List<Span> spans = new ArrayList<>();
                if (names != null) {
                    spans.addAll(names.get(c));
                    spans.add(new Span(": ", AnsiStyle.BOLD));
                }
                spans.addAll(row.get(c));
                out.addAll(WordWrapper.wrap(spans, width));
            }
        }
        return out;
    }

    private List<List<List<Span>>> cells(List<TableRow> rows, int columns, int style) {
        List<List<List<Span>>> result = new ArrayList<>();
        for (TableRow row : rows) {
            List<List<Span>> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                List<Inline> cell = c < row.cells().size() ? row.cells().get(c) : List.of();
                cells.add(inlines.flatten(cell, style));
            }
            result.add(cells);
        }
        return result;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
