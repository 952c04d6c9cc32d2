package org.briefing.render.pdf.layout.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Fills each line as far as it goes (allowing glue to shrink), then breaks at the last legal break.
 * A box wider than the line on its own is set overfull on a line of its own.
 */
public final class FirstFitLineBreaker implements LineBreaker {
    @Override
    public List<Line> breakLines(List<Item> items, IntToDoubleFunction lineWidth) {
        List<Line> lines = new ArrayList<>();
        int n = items.size();
        int start = skipDiscardable(items, 0);
        while (start < n) {
            double available = lineWidth.applyAsDouble(lines.size());
            double width = 0;
            double stretch = 0;
            double shrink = 0;
            int candidate = -1;
            double candWidth = 0;
            double candStretch = 0;
            double candShrink = 0;
            boolean forced = false;
            int i = start;
            for (; i < n; i++) {
                Item item = items.get(i);
                if (item instanceof Box box) {
                    width += box.width();
                    if (width - shrink > available && candidate >= 0) {
                        break;
                    }
                } else if (item instanceof Glue glue) {
                    if (i > start && items.get(i - 1) instanceof Box) {
                        candidate = i;
                        candWidth = width;
                        candStretch = stretch;
                        candShrink = shrink;
                    }
                    width += glue.width();
                    stretch += glue.stretch();
                    shrink += glue.shrink();
                } else if (item instanceof Penalty penalty && penalty.penalty() < Penalty.FORBID) {
                    if (width + penalty.width() - shrink <= available || candidate < 0) {
                        candidate = i;
                        candWidth = width + penalty.width();
                        candStretch = stretch;
                        candShrink = shrink;
                    }
                    if (penalty.penalty() <= Penalty.FORCE) {
                        forced = true;
                        break;
                    }
                }
            }
            if (candidate < 0) {
                candidate = n;
                candWidth = width;
                candStretch = stretch;
                candShrink = shrink;
            }
            boolean last = forced && candidate == i || candidate >= n;
            lines.add(new Line(start, candidate, ratio(available, candWidth, candStretch, candShrink), last));
            start = skipDiscardable(items, candidate + 1);
        }
        return lines;
    }

    private static double ratio(double available, double width, double stretch, double shrink) {
        if (width < available) {
            return stretch > 0 ? (available - width) / stretch : 0;
        }
        if (width > available) {
            return shrink > 0 ? Math.max(-1, -(width - available) / shrink) : 0;
        }
        return 0;
    }

    /** Glue and penalties after a break vanish, as in TeX. */
    private static int skipDiscardable(List<Item> items, int from) {
        int i = from;
        while (i < items.size() && !(items.get(i) instanceof Box)) {
            if (items.get(i) instanceof Penalty p && p.penalty() <= Penalty.FORCE) {
                break;
            }
            i++;
        }
        return i;
    }
}
