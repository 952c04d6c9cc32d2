package org.briefing.render.pdf.layout.flow;

import java.util.List;
import java.util.Map;
import org.briefing.render.pdf.layout.frame.PageComposition;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.style.Color;

/**
 * Paginates so that the last two pages share their content evenly instead of leaving a nearly empty last
 * page (filled less than half deep): it finds the shallowest depth both pages can be filled to while the memo
 * keeps its page count, and paginates again with that depth as a cap on those pages. Every pagination rule
 * still holds (keeps, blocks kept whole, widows and orphans, footnotes on their reference's page), because
 * the ordinary paginator does the work; the result never has more pages than plain pagination, and no page
 * but the last is left less than {@link #FULL_ENOUGH} full unless the block after it could not be split and
 * did not fit. When no depth meets both, the pages are not balanced.
 */
final class LastPageBalancer {
    /**
     * A last page filled less than this share of the text area looks unfinished and is balanced; a fuller
     * one is left alone, so the pages before it keep their full depth.
     */
    static final double NEARLY_EMPTY = 0.5;
    /** A page before the last filled less than this share of the text area looks abandoned (percent). */
    static final int FULL_ENOUGH = 60;
    /** Depth resolution of the search, in points: finer than any line. */
    private static final double STEP = 1;
    private final PageArea area;
    private final Map<Integer, List<Slab>> notes;
    private final Color ruleColor;
    private List<PageComposition> composition = List.of();

    /** @param notes footnote slabs by number (empty when footnotes are endnotes) */
    LastPageBalancer(PageArea area, Map<Integer, List<Slab>> notes, Color ruleColor) {
        this.area = area;
        this.notes = Map.copyOf(notes);
        this.ruleColor = ruleColor;
    }

    /** Pages of items, in order, with the last two balanced; at least one page. */
    List<List<PageItem>> paginate(List<Slab> flow) {
        Paginator plain = new Paginator(area, notes, ruleColor);
        List<List<PageItem>> pages = plain.paginate(flow);
        composition = plain.composition();
        int n = pages.size();
        if (n < 2 || plain.lastPageDepth() >= NEARLY_EMPTY * area.textHeight()) {
            return pages;
        }
        // Fewer pages never come from a cap, so "fits" is "still n pages, none but the last abandoned". It
        // holds at the full depth and fails at depth 0; bisect between (a greedy paginator fills a deeper
        // page at least as far).
        double fits = area.textHeight();
        double fails = 0;
        List<List<PageItem>> best = pages;
        while (fits - fails > STEP) {
            double mid = Math.floor((fits + fails) / 2);
            if (mid <= fails) {
                break;
            }
            Paginator capped = plain.capped(n - 2, mid);
            List<List<PageItem>> trial = capped.paginate(flow);
            if (trial.size() == n && noPageAbandoned(capped.composition())) {
                fits = mid;
                best = trial;
                composition = capped.composition();
            } else {
                fails = mid;
            }
        }
        return best;
    }

    /** How each page of the latest {@link #paginate} run was composed, in page order. */
    List<PageComposition> composition() {
        return composition;
    }

    /** Whether every page but the last is full enough, or short only because the next block could not split. */
    static boolean noPageAbandoned(List<PageComposition> pages) {
        for (int p = 0; p + 1 < pages.size(); p++) {
            PageComposition page = pages.get(p);
            if (page.percent() < FULL_ENOUGH && !page.end().excusesShortPage()) {
                return false;
            }
        }
        return true;
    }
}
