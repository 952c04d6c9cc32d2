package org.briefing.render.pdf.layout.flow;

import java.util.List;

/**
 * Which slabs must share a page, worked out once per flow: a block kept whole (see {@link Slab.Starts}) is
 * kept only when it fits on a page together with the heading (or other keep-with-next lines) leading into
 * it; a keep-with-next chain drags the next slab along, and a kept block the chain runs into comes whole.
 */
final class KeepPlan {
    /** A keep-with-next chain of lines taller than this share of a page is let go of, so pages stay full. */
    static final double LONGEST_CHAIN = 0.8;
    private final List<Slab> slabs;
    private final double pageHeight;
    /** For each slab, the last slab of the longest kept block starting there that fits a page, or -1. */
    private final int[] blockEnd;

    KeepPlan(List<Slab> slabs, double pageHeight) {
        this.slabs = slabs;
        this.pageHeight = pageHeight;
        this.blockEnd = new int[slabs.size()];
        for (int i = 0; i < slabs.size(); i++) {
            blockEnd[i] = -1;
            List<Integer> keeps = slabs.get(i).starts().keeps();
            double lead = lead(i);
            for (int k = keeps.size() - 1; k >= 0; k--) {
                int end = Math.min(slabs.size(), i + keeps.get(k)) - 1;
                if (lead + height(i, end) <= pageHeight) {
                    blockEnd[i] = end;
                    break;
                }
            }
        }
    }

    /** The last slab of the kept block starting at {@code i} (which fits a page), or -1 for none. */
    int blockEnd(int i) {
        return blockEnd[i];
    }

    /**
     * The last slab that must go on slab {@code i}'s page with it: through the kept blocks starting inside
     * the run and the keep-with-next chain after it. Returns {@code i} when slab {@code i} stands alone.
     */
    int unitEnd(int i) {
        int end = i;
        int j = i;
        boolean block = false;
        while (true) {
            if (blockEnd[j] > end) {
                end = blockEnd[j];
                block = true;
            }
            if (j < end) {
                j++;
                continue;
            }
            if (!slabs.get(j).keepWithNext() || j + 1 >= slabs.size()) {
                break;
            }
            j++;
            while (slabs.get(j).space() && j + 1 < slabs.size()) {
                j++;
            }
            end = j;
        }
        double h = height(i, end);
        if (h > pageHeight || !block && h > pageHeight * LONGEST_CHAIN) {
            return Math.max(i, blockEnd[i]);
        }
        return end;
    }

    /** Whether the unit from {@code i} to {@code end} holds a kept block (it may not be broken by a cap). */
    boolean holdsBlock(int i, int end) {
        for (int j = i; j <= end; j++) {
            if (blockEnd[j] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Total height of slabs {@code from} to {@code to}, both included. */
    double height(int from, int to) {
        double h = 0;
        for (int j = from; j <= to; j++) {
            h += slabs.get(j).height();
        }
        return h;
    }

    /** Height of the keep-with-next chain that leads into slab {@code i} (a heading above a table). */
    private double lead(int i) {
        int j = i - 1;
        while (j >= 0 && (slabs.get(j).space()
                || slabs.get(j).keepWithNext() && slabs.get(j).starts().pageStart() == null)) {
            j--;
        }
        // Spaces between the slab that does not keep and the chain are not part of it.
        int k = j + 1;
        while (k < i && slabs.get(k).space()) {
            k++;
        }
        return k >= i ? 0 : height(k, i - 1);
    }
}
