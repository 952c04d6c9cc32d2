package org.briefing.model;

import java.util.List;

/** One row of a {@link Table}: each cell is a run of inlines. */
public record TableRow(List<List<Inline>> cells) {
    public TableRow {
        cells = cells.stream().<List<Inline>>map(List::copyOf).toList();
    }
}
