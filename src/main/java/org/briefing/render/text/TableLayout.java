package org.briefing.render.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Table;
import org.briefing.model.TableRow;

/**
 * Sets a table as aligned columns separated by bars, wrapping cells when the natural widths do not
 * fit. When even one column per few characters does not fit, rows are written as
 * {@code header: value} records instead.
 */
final class TableLayout {
    private static final String SEPARATOR = " │ ";
    private static final String CROSSING = "─┼─";
    private static final int MIN_COLUMN = 3;

    private final InlineFlattener inlines;

    TableLayout(InlineFlattener inlines) {
        this.inlines = inlines;
    }

    /** The lines of a table no wider than {@code width}. */
    List<StyledLine> layout(Table table, int width) {
        int columns = table.columns();
        if (columns == 0) {
            return List.of();
        }
        List<List<List<Span>>> head = cells(table.head(), columns, AnsiStyle.BOLD);
        List<List<List<Span>>> body = cells(table.body(), columns, AnsiStyle.PLAIN);
        int room = width - SEPARATOR.length() * (columns - 1);
        if (room < columns * MIN_COLUMN) {
            return records(head, body, width);
        }
        int[] natural = new int[columns];
        for (List<List<Span>> row : concat(head, body)) {
            for (int c = 0; c < columns; c++) {
                for (StyledLine line : WordWrapper.wrap(row.get(c), Integer.MAX_VALUE)) {
                    natural[c] = Math.max(natural[c], line.width());
                }
            }
        }
        int[] widths = allocate(natural, room);
        List<StyledLine> lines = new ArrayList<>();
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

    /**
     * Column widths within {@code room}: columns that fit their fair share keep their natural width,
     * the rest split what is left evenly (water-filling from the narrowest).
     */
    static int[] allocate(int[] natural, int room) {
        int columns = natural.length;
        int[] widths = new int[columns];
        Integer[] order = new Integer[columns];
        for (int c = 0; c < columns; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(natural[a], natural[b]));
        int left = room;
        for (int i = 0; i < columns; i++) {
            int c = order[i];
            int share = left / (columns - i);
            widths[c] = Math.max(1, Math.min(Math.max(1, natural[c]), share));
            left -= widths[c];
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
