package org.briefing.render.pdf.layout.flow;

import java.util.List;
import org.briefing.render.pdf.layout.frame.PageItem;

/**
 * An unbreakable horizontal slice of the flow (a line, a row, an image, a space) that pagination
 * stacks onto pages. Items are positioned relative to the slab's top.
 *
 * @param space        true for vertical space, dropped at the top of a page
 * @param keepWithNext true when a page break must not follow this slab (headings)
 * @param footnotes    numbers of the footnotes referenced in this slab
 * @param tableId      the table this slab is a row of (0 for none)
 * @param tableHeader  true for a header row, which pagination repeats at the top of each page the table spans
 */
record Slab(double height, List<PageItem> items, boolean space, boolean keepWithNext,
            List<Integer> footnotes, int tableId, boolean tableHeader) {
    Slab {
        items = List.copyOf(items);
        footnotes = List.copyOf(footnotes);
    }

    /** An empty vertical space carrying only decorations (quote bars, backgrounds). */
    static Slab space(double height, List<PageItem> decorations) {
        return new Slab(height, decorations, true, false, List.of(), 0, false);
    }

    /** The same slab with every item moved down by {@code dy}. */
    List<PageItem> itemsAt(double dy) {
        List<PageItem> moved = new java.util.ArrayList<>(items.size());
        for (PageItem item : items) {
            moved.add(item.shifted(dy));
        }
        return moved;
    }
}
