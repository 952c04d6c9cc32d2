package org.briefing.render.pdf.report;

import java.util.List;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;

/**
 * How deep the last page's text reaches, as a share of the deepest page's, from the positioned text alone:
 * the text area's top is taken as the highest baseline of any page's body text, its foot as the lowest
 * (footnotes, which sit at the foot of a page however full it is, do not count). Shows
 * whether a memo ends on a nearly empty page (and what last-page balancing made of it).
 */
public final class LastPageFill {
    private LastPageFill() {
    }

    /** Percent (0–100) of the deepest page's depth that the last page's text reaches; 100 for one page. */
    public static int percent(List<Page> pages) {
        if (pages.size() < 2) {
            return 100;
        }
        double top = Double.POSITIVE_INFINITY;
        double deepest = Double.NEGATIVE_INFINITY;
        for (Page page : pages) {
            top = Math.min(top, extent(page, true));
            deepest = Math.max(deepest, extent(page, false));
        }
        double last = extent(pages.get(pages.size() - 1), false);
        if (!(deepest > top) || Double.isInfinite(last)) {
            return 0;
        }
        return (int) Math.round(100 * (last - top) / (deepest - top));
    }

    /** The highest ({@code first}) or lowest baseline of the page's text, furniture left out. */
    private static double extent(Page page, boolean first) {
        double at = first ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (PageItem item : page.items()) {
            if (item instanceof TextItem t && !t.role().isArtifact() && t.blockId() != 0
                    && t.role() != StructureRole.FOOTNOTE && t.role() != StructureRole.FOOTNOTE_LABEL) {
                at = first ? Math.min(at, t.baseline()) : Math.max(at, t.baseline());
            }
        }
        return at;
    }
}
