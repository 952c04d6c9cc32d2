package org.briefing.model;

import java.util.List;

/**
 * A table with header rows and body rows. Every row has as many cells as there are alignments.
 */
public record Table(List<Alignment> alignments, List<TableRow> head, List<TableRow> body) implements Block {
    public Table {
        alignments = List.copyOf(alignments);
        head = List.copyOf(head);
        body = List.copyOf(body);
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
