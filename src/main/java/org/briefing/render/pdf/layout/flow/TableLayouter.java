package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.InlineFlattener;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.render.pdf.layout.inline.SetLine;
import org.briefing.render.pdf.layout.inline.Span;
import org.briefing.style.Align;
import org.briefing.style.Role;

/**
 * Sets a table: column widths from content (natural widths when they fit, else minimum widths plus a
 * share of the rest), wrapped cells, one slab per row. Rows taller than a page are split line by line.
 */
final class TableLayouter {
    static final double PAD_X = 4;
    static final double PAD_Y = 3;
    private final StyleSheet styles;
    private final ParagraphSetter setter;
    private final FlowWriter out;
    private final InlineImageLoader inlineImages;
    private double maxRowHeight = Double.MAX_VALUE;

    TableLayouter(StyleSheet styles, ParagraphSetter setter, FlowWriter out) {
        this(styles, setter, out, null);
    }

    /** A layouter that draws the images inside cells, loaded through {@code inlineImages} (null: alt text). */
    TableLayouter(StyleSheet styles, ParagraphSetter setter, FlowWriter out, InlineImageLoader inlineImages) {
        this.styles = styles;
        this.setter = setter;
        this.out = out;
        this.inlineImages = inlineImages;
    }

    /** Rows taller than this (the page's text height) are split between their lines. */
    void maxRowHeight(double height) {
        this.maxRowHeight = height;
    }

    /** Lays out one table. */
    void layout(Table table, Column frame, BlockIds ids) {
        int tableId = ids.open(StructureRole.TABLE, frame.parent());
        int columns = table.columns();
        for (TableRow row : table.head()) {
            columns = Math.max(columns, row.cells().size());
        }
        for (TableRow row : table.body()) {
            columns = Math.max(columns, row.cells().size());
        }
        if (columns == 0) {
            return;
        }
        double[] widths = columnWidths(table, columns, frame.width(), tableId);
        boolean firstRow = true;
        for (TableRow row : table.head()) {
            layoutRow(table, row, widths, frame, tableId, true, firstRow, ids);
            firstRow = false;
        }
        for (TableRow row : table.body()) {
            layoutRow(table, row, widths, frame, tableId, false, firstRow, ids);
            firstRow = false;
        }
    }

    private double[] columnWidths(Table table, int columns, double available, int tableId) {
        double[] natural = new double[columns];
        double[] minimum = new double[columns];
        List<TableRow> all = new ArrayList<>(table.head());
        all.addAll(table.body());
        for (int r = 0; r < all.size(); r++) {
            boolean head = r < table.head().size();
            List<List<Inline>> cells = all.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                ParagraphStyle style = cellStyle(head, tableId, Align.LEFT);
                for (SetLine line : setter.set(InlineFlattener.flatten(cells.get(c)), style, 0, 1e6)) {
                    for (PageItem item : line.items()) {
                        if (item instanceof TextItem t) {
                            natural[c] = Math.max(natural[c], t.right());
                            minimum[c] = Math.max(minimum[c], t.fragment().width());
                        }
                    }
                }
            }
        }
        double pad = 2 * PAD_X;
        double sumNatural = 0;
        double sumMin = 0;
        for (int c = 0; c < columns; c++) {
            natural[c] += pad;
            minimum[c] = Math.min(minimum[c], available / columns * 2) + pad;
            sumNatural += natural[c];
            sumMin += minimum[c];
        }
        double[] widths = new double[columns];
        if (sumNatural <= available) {
            for (int c = 0; c < columns; c++) {
                widths[c] = natural[c] + (available - sumNatural) * natural[c] / sumNatural;
            }
        } else if (sumMin <= available) {
            double extra = available - sumMin;
            double wanted = sumNatural - sumMin;
            for (int c = 0; c < columns; c++) {
                widths[c] = minimum[c] + extra * (natural[c] - minimum[c]) / wanted;
            }
        } else {
            for (int c = 0; c < columns; c++) {
                widths[c] = available * minimum[c] / sumMin;
            }
        }
        return widths;
    }

    private ParagraphStyle cellStyle(boolean head, int blockId, Align align) {
        return styles.paragraph(head ? Role.TABLE_HEADER : Role.TABLE,
                head ? StructureRole.TABLE_HEADER_CELL : StructureRole.TABLE_CELL, blockId).withAlign(align);
    }

    /** The cell's spans, its images loaded (column widths are measured with their alt text, a bit wider). */
    private List<Span> cellSpans(List<Inline> content, int cellId) {
        List<Span> spans = InlineFlattener.flatten(content);
        return inlineImages == null ? spans : inlineImages.load(spans, cellId);
    }

    private void layoutRow(Table table, TableRow row, double[] widths, Column frame, int tableId, boolean head,
                           boolean firstRow, BlockIds ids) {
        int rowId = ids.open(StructureRole.TABLE_ROW, tableId);
        List<List<SetLine>> cells = new ArrayList<>();
        double x = frame.left();
        int maxLines = 0;
        double leading = cellStyle(head, tableId, Align.LEFT).leading();
        List<Integer> notes = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            List<Inline> content = c < row.cells().size() ? row.cells().get(c) : List.of();
            Align align = c < table.alignments().size() ? switch (table.alignments().get(c)) {
                case CENTER -> Align.CENTER;
                case RIGHT -> Align.RIGHT;
                default -> Align.LEFT;
            } : Align.LEFT;
            // Empty cells are structure elements too, so tagged rows keep their columns.
            int cellId = ids.open(head ? StructureRole.TABLE_HEADER_CELL : StructureRole.TABLE_CELL, rowId);
            List<SetLine> lines = content.isEmpty() ? List.of()
                    : setter.set(cellSpans(content, cellId), cellStyle(head, cellId, align), x + PAD_X,
                            widths[c] - 2 * PAD_X);
            for (SetLine line : lines) {
                notes.addAll(line.footnotes());
            }
            cells.add(lines);
            maxLines = Math.max(maxLines, lines.size());
            x += widths[c];
        }
        maxLines = Math.max(1, maxLines);
        double height = maxLines * leading + 2 * PAD_Y;
        if (height <= maxRowHeight) {
            out.emitSlab(frame, rowSlab(cells, 0, maxLines, leading, frame, tableId, head, firstRow, notes, true, true));
            return;
        }
        for (int l = 0; l < maxLines; l++) {
            out.emitSlab(frame, rowSlab(cells, l, l + 1, leading, frame, tableId, head, firstRow && l == 0,
                    l == 0 ? notes : List.of(), l == 0, l == maxLines - 1));
        }
    }

    private Slab rowSlab(List<List<SetLine>> cells, int fromLine, int toLine, double leading, Column frame,
                         int tableId, boolean head, boolean topRule, List<Integer> notes, boolean padTop,
                         boolean padBottom) {
        double top = padTop ? PAD_Y : 0;
        double height = (toLine - fromLine) * leading + top + (padBottom ? PAD_Y : 0);
        List<PageItem> items = new ArrayList<>(frame.decorations(height, tableId));
        if (head) {
            items.add(new RuleItem(frame.left(), 0, frame.width(), height, styles.shade(), false,
                    StructureRole.ARTIFACT_BACKGROUND, tableId));
        }
        if (topRule) {
            items.add(new RuleItem(frame.left(), 0, frame.width(), 0.8, styles.accent(), false, StructureRole.RULE,
                    tableId));
        }
        for (List<SetLine> lines : cells) {
            for (int l = fromLine; l < Math.min(toLine, lines.size()); l++) {
                double dy = top + (l - fromLine) * leading;
                for (PageItem item : lines.get(l).items()) {
                    items.add(item.shifted(dy));
                }
            }
        }
        if (padBottom) {
            items.add(new RuleItem(frame.left(), height - (head ? 0.8 : 0.4), frame.width(), head ? 0.8 : 0.4,
                    head ? styles.accent() : styles.rule(), false, StructureRole.RULE, tableId));
        }
        return new Slab(height, items, false, head, notes, tableId, head);
    }
}
