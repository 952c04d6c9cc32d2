package org.briefing.model;

import java.util.List;

/**
 * A table with header rows and body rows. Every row has as many cells as there are alignments.
 *
 * @param caption      the visible caption ({@code Table: …} or {@code : …} beside a pipe table); empty for none
 * @param columnWidths the author's share of the measure per column ({@code tbl-colwidths}), summing to 1;
 *                     empty to size columns from their content
 * @param id           the author's label ({@code {#tbl:routes}}), or empty
 */
public record Table(List<Alignment> alignments, List<TableRow> head, List<TableRow> body, List<Inline> caption,
                    List<Double> columnWidths, String id) implements Block {
    public Table {
        alignments = List.copyOf(alignments);
        head = List.copyOf(head);
        body = List.copyOf(body);
        caption = List.copyOf(caption);
        columnWidths = List.copyOf(columnWidths);
        id = id == null ? "" : id;
        if (!columnWidths.isEmpty() && columnWidths.size() != alignments.size()) {
            throw new IllegalArgumentException("one width per column: " + columnWidths.size() + " widths for "
                    + alignments.size() + " columns");
        }
    }

    /** A table without caption, label or authored widths. */
    public Table(List<Alignment> alignments, List<TableRow> head, List<TableRow> body) {
        this(alignments, head, body, List.of(), List.of(), "");
    }

    public int columns() {
        return alignments.size();
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.table(this);
    }

    /** Horizontal alignment of a column; {@code NONE} when the source does not say. */
    public enum Alignment { NONE, LEFT, CENTER, RIGHT }
}
