package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Numbers;
import org.briefing.model.Strong;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.InlineFlattener;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.render.pdf.layout.inline.SetLine;
import org.briefing.render.pdf.layout.inline.Span;
import org.briefing.style.Align;
import org.briefing.style.Role;

/**
 * Sets a table: its caption above it ("Table 3. …" when the theme numbers tables), column widths from
 * {@link TableSizer}, wrapped cells, one slab per row.
 *
 * <p>What pagination sees: the caption's lines keep with what follows, so a caption never ends a page
 * without its table; header rows are slabs marked {@code tableHeader} (repeated on every page the table
 * continues on) and keep with the next row; each body row is one slab of its full height, except a row
 * taller than a page, which is split between its lines. Every row slab carries the table's id.
 */
final class TableLayouter {
    static final double PAD_X = 4;
    static final double PAD_Y = 3;
    /** The word before a table's number; English until captions are localised (issue 19). */
    /** Room between a caption and its table. */
    private static final double CAPTION_GAP = 4;
    /** Cells are set this much wider than measured, so a line exactly as wide as its column is not wrapped. */
    private static final double ROUNDING = 1e-3;
    private final StyleSheet styles;
    private final ParagraphSetter setter;
    /** Sets right-aligned columns, every digit as wide as the widest. */
    private final ParagraphSetter tabular;
    private final FlowWriter out;
    private final InlineImageLoader inlineImages;
    private final TableSizer sizer;
    private double maxRowHeight = Double.MAX_VALUE;
    private Numbers numbers = Numbers.of(List.of());

    TableLayouter(StyleSheet styles, ParagraphSetter setter, FlowWriter out) {
        this(styles, setter, out, null);
    }

    /** A layouter that draws the images inside cells, loaded through {@code inlineImages} (null: alt text). */
    TableLayouter(StyleSheet styles, ParagraphSetter setter, FlowWriter out, InlineImageLoader inlineImages) {
        this.styles = styles;
        this.setter = setter;
        this.out = out;
        this.inlineImages = inlineImages;
        this.tabular = setter.withTabularDigits();
        this.sizer = new TableSizer(styles, setter, tabular);
    }

    /** Rows taller than this (the page's text height) are split between their lines. */
    void maxRowHeight(double height) {
        this.maxRowHeight = height;
    }

    /** The document's table numbers, for numbered captions. */
    void numbers(Numbers documentNumbers) {
        this.numbers = documentNumbers;
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
        caption(table, frame, tableId, ids);
        TableSizer.Geometry geometry = sizer.size(table, columns, frame.width(), 2 * PAD_X);
        boolean firstRow = true;
        for (TableRow row : table.head()) {
            layoutRow(table, row, geometry, frame, tableId, true, firstRow, ids);
            firstRow = false;
        }
        for (TableRow row : table.body()) {
            layoutRow(table, row, geometry, frame, tableId, false, firstRow, ids);
            firstRow = false;
        }
    }

    /** The caption above the table, its lines kept with the table; none when there is nothing to say. */
    private void caption(Table table, Column frame, int tableId, BlockIds ids) {
        int number = styles.theme().tables().numbered() ? numbers.of(table) : 0;
        List<Inline> text = new ArrayList<>();
        if (number > 0) {
            String label = Numbers.tableLabel(number, !table.caption().isEmpty());
            text.add(new Strong(List.of(new Text(label))));
            if (!table.caption().isEmpty()) {
                text.add(new Text(" "));
            }
        }
        text.addAll(table.caption());
        if (text.isEmpty()) {
            return;
        }
        int captionId = ids.open(StructureRole.CAPTION, tableId);
        ParagraphStyle style = styles.paragraph(Role.CAPTION, StructureRole.CAPTION, captionId);
        for (SetLine line : setter.set(InlineFlattener.flatten(text), style, frame.left(), frame.width())) {
            out.emit(frame, line.height(), line.items(), line.baseline(), true, line.footnotes(), 0, captionId);
        }
        out.space(CAPTION_GAP, frame);
    }

    private ParagraphStyle cellStyle(boolean head, int blockId, Align align, double scale) {
        return TableSizer.cellStyle(styles, head, blockId, scale).withAlign(align);
    }

    /** The cell's spans, its images loaded (column widths are measured with their alt text, a bit wider). */
    private List<Span> cellSpans(List<Inline> content, int cellId) {
        List<Span> spans = InlineFlattener.flatten(content);
        return inlineImages == null ? spans : inlineImages.load(spans, cellId);
    }

    private void layoutRow(Table table, TableRow row, TableSizer.Geometry geometry, Column frame, int tableId,
                           boolean head, boolean firstRow, BlockIds ids) {
        double[] widths = geometry.widths();
        int rowId = ids.open(StructureRole.TABLE_ROW, tableId);
        List<List<SetLine>> cells = new ArrayList<>();
        double x = frame.left();
        int maxLines = 0;
        double leading = cellStyle(head, tableId, Align.LEFT, geometry.scale()).leading();
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
                    : (TableSizer.numeric(table, c) ? tabular : setter).set(cellSpans(content, cellId),
                            cellStyle(head, cellId, align, geometry.scale()),
                            x + PAD_X, widths[c] - 2 * PAD_X + ROUNDING, geometry.breakWords()[c]);
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
