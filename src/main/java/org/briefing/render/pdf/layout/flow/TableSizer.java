package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.measure.ColumnExtent;
import org.briefing.measure.ColumnWidths;
import org.briefing.model.Inline;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.InlineFlattener;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.style.Role;

/**
 * Sizes a table's columns by {@link ColumnWidths}: the cells are measured (widest word, widest line), and a
 * table whose words do not fit the measure is set at a smaller size, in steps of {@link #STEP} down to the
 * theme's {@code tables.min-size}, before any word in it may break. Authored widths are taken as they are.
 */
final class TableSizer {
    /** How much smaller each try at fitting a wide table is, in points of the body cells' size. */
    static final double STEP = 0.5;
    /**
     * A word wider than this share of the measure (a URL, a chemical name) may break rather than make the
     * whole table smaller: no column's minimum is counted wider than that.
     */
    private static final double LONG_WORD_SHARE = 1 / 3.0;
    private final StyleSheet styles;
    private final ParagraphSetter setter;
    private final ParagraphSetter tabular;

    /** Columns are measured by {@code setter}, right-aligned ones by {@code tabular} (tabular figures). */
    TableSizer(StyleSheet styles, ParagraphSetter setter, ParagraphSetter tabular) {
        this.styles = styles;
        this.setter = setter;
        this.tabular = tabular;
    }

    /** Whether column {@code c} is right-aligned: set with tabular figures, so its numbers line up. */
    static boolean numeric(Table table, int c) {
        return c < table.alignments().size() && table.alignments().get(c) == Table.Alignment.RIGHT;
    }

    /**
     * A table's geometry.
     *
     * @param scale      the cells' size as a share of the theme's (1 unless the table had to shrink)
     * @param widths     each column's width, padding included, summing to the measure
     * @param breakWords per column: whether its words may break (hyphens, dashes, slashes) because the column
     *                   is narrower than its widest word
     */
    record Geometry(double scale, double[] widths, boolean[] breakWords) {
    }

    /** The geometry of {@code table} ({@code columns} wide) in a frame {@code available} points wide. */
    Geometry size(Table table, int columns, double available, double padding) {
        double base = styles.raw(Role.TABLE).size();
        double minSize = Math.min(base, styles.theme().tables().minSize());
        double scale = 1;
        List<ColumnExtent> extents = measure(table, columns, scale, available);
        double[] widths;
        if (!table.columnWidths().isEmpty() && table.columnWidths().size() == columns) {
            widths = ColumnWidths.authored(table.columnWidths(), available);
        } else {
            if (ColumnWidths.fit(extents, padding, available) == ColumnWidths.Fit.OVERFLOW && base > minSize) {
                // Widths scale with the size, so the first size tried is the one the estimate says fits.
                double wanted = base * ColumnWidths.scaleToFit(extents, padding, available);
                double size = Math.max(minSize, base - STEP * Math.ceil((base - wanted) / STEP - 1e-9));
                while (true) {
                    scale = size / base;
                    extents = measure(table, columns, scale, available);
                    if (size <= minSize
                            || ColumnWidths.fit(extents, padding, available) != ColumnWidths.Fit.OVERFLOW) {
                        break;
                    }
                    size = Math.max(minSize, size - STEP);
                }
            }
            widths = ColumnWidths.automatic(extents, padding, available, true);
        }
        boolean[] breakWords = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            breakWords[c] = widths[c] - padding < extents.get(c).min() - 1e-6;
        }
        return new Geometry(scale, widths, breakWords);
    }

    /** Each column's extent with the cells set at {@code scale} times the theme's size. */
    private List<ColumnExtent> measure(Table table, int columns, double scale, double available) {
        ColumnExtent[] extents = new ColumnExtent[columns];
        java.util.Arrays.fill(extents, new ColumnExtent(0, 0));
        List<TableRow> all = new ArrayList<>(table.head());
        all.addAll(table.body());
        for (int r = 0; r < all.size(); r++) {
            boolean head = r < table.head().size();
            ParagraphStyle style = cellStyle(styles, head, 0, scale);
            List<List<Inline>> cells = all.get(r).cells();
            for (int c = 0; c < Math.min(columns, cells.size()); c++) {
                // Images in cells are measured by their alt text, a little wider than they are drawn.
                ParagraphSetter measuring = numeric(table, c) ? tabular : setter;
                extents[c] = extents[c].union(measuring.extent(InlineFlattener.flatten(cells.get(c)), style));
            }
        }
        double longWord = available * LONG_WORD_SHARE;
        List<ColumnExtent> out = new ArrayList<>(columns);
        for (ColumnExtent e : extents) {
            out.add(e.min() > longWord ? new ColumnExtent(longWord, e.max()) : e);
        }
        return out;
    }

    /** The style of a cell's text at {@code scale} times the theme's size and leading. */
    static ParagraphStyle cellStyle(StyleSheet styles, boolean head, int blockId, double scale) {
        ParagraphStyle s = styles.paragraph(head ? Role.TABLE_HEADER : Role.TABLE,
                head ? StructureRole.TABLE_HEADER_CELL : StructureRole.TABLE_CELL, blockId);
        return scale == 1 ? s : new ParagraphStyle(s.font(), s.codeFamily(), s.size() * scale,
                s.leading() * scale, s.color(), s.linkColor(), s.align(), s.role(), s.blockId(), s.uppercase(),
                s.letterSpacing() * scale);
    }
}
