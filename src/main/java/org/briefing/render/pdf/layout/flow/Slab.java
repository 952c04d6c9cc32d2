package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.style.Figures;

/**
 * An unbreakable horizontal slice of the flow (a line, a row, an image, a space) that pagination
 * stacks onto pages. Items are positioned relative to the slab's top.
 *
 * @param space        true for vertical space, dropped at the top of a page
 * @param keepWithNext true when a page break must not follow this slab (headings)
 * @param footnotes    numbers of the footnotes referenced in this slab
 * @param tableId      the table this slab is a row of (0 for none)
 * @param tableHeader  true for a header row, which pagination repeats at the top of each page the table spans
 * @param starts       the kept blocks, figure or forced page break this slab starts
 */
record Slab(double height, List<PageItem> items, boolean space, boolean keepWithNext,
            List<Integer> footnotes, int tableId, boolean tableHeader, Starts starts) {
    Slab {
        items = List.copyOf(items);
        footnotes = List.copyOf(footnotes);
    }

    /** A slab that starts nothing: most of them. */
    Slab(double height, List<PageItem> items, boolean space, boolean keepWithNext, List<Integer> footnotes,
         int tableId, boolean tableHeader) {
        this(height, items, space, keepWithNext, footnotes, tableId, tableHeader, Starts.NOTHING);
    }

    /** An empty vertical space carrying only decorations (quote bars, backgrounds). */
    static Slab space(double height, List<PageItem> decorations) {
        return new Slab(height, decorations, true, false, List.of(), 0, false);
    }

    /** An empty mark that makes pagination start a new page. */
    static Slab pageStart(PageStart kind) {
        return new Slab(0, List.of(), false, false, List.of(), 0, false, new Starts(List.of(), null, kind));
    }

    /** The same slab starting a kept block {@code length} slabs long (itself included). */
    Slab keeping(int length, Figures.Placement figure) {
        List<Integer> keeps = new ArrayList<>(starts.keeps());
        keeps.add(length);
        Figures.Placement f = figure != null ? figure : starts.figure();
        return new Slab(height, items, space, keepWithNext, footnotes, tableId, tableHeader,
                new Starts(keeps, f, starts.pageStart()));
    }

    /** The same slab with every item moved down by {@code dy}. */
    List<PageItem> itemsAt(double dy) {
        List<PageItem> moved = new ArrayList<>(items.size());
        for (PageItem item : items) {
            moved.add(item.shifted(dy));
        }
        return moved;
    }

    /**
     * What a slab starts.
     *
     * @param keeps     lengths in slabs (this one included) of the blocks kept whole that start here, shortest
     *                  first (a list item whose first block is a code block starts two)
     * @param figure    how the figure starting here is placed when it does not fit, or null for none
     * @param pageStart the forced page break this mark stands for, or null
     */
    record Starts(List<Integer> keeps, Figures.Placement figure, PageStart pageStart) {
        static final Starts NOTHING = new Starts(List.of(), null, null);

        Starts {
            keeps = List.copyOf(keeps);
        }
    }

    /** A forced page break: the author's, or a role's {@code break-before}. */
    enum PageStart {
        /** A {@code \newpage} or HTML break the author wrote. */
        MANUAL,
        /** A role that starts a new page. */
        PAGE,
        /** A role that starts a new right-hand (odd-numbered) page. */
        RIGHT
    }
}
