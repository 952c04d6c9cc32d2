package org.briefing.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.briefing.style.Align;

/** Positions the items of broken lines: glue set by the line's ratio, lines aligned, decorations added. */
public final class LineSetter {
    static final double MAX_STRETCH = 3;
    private LineSetter() {
    }

    /**
     * The items of one line, relative to the line's top.
     *
     * @param left      x of the line's left edge
     * @param available the line's width
     */
    public static List<PageItem> set(List<Item> items, Line line, double left, double available,
                                     ParagraphStyle style) {
        double baseline = style.baselineOffset();
        // A line that would need its spaces stretched beyond recognition (e.g. before a cut-up long token)
        // is set ragged instead, as an emergency.
        boolean justify = style.align() == Align.JUSTIFY && !line.last() && line.ratio() <= MAX_STRETCH;
        double ratio = line.ratio() < 0 || justify ? line.ratio() : 0;
        Box hyphen = line.end() < items.size() && items.get(line.end()) instanceof Penalty p ? p.hyphen() : null;
        double used = 0;
        for (int i = line.start(); i < line.end(); i++) {
            used += setWidth(items.get(i), ratio);
        }
        if (hyphen != null) {
            used += hyphen.width();
        }
        double x = left + switch (style.align()) {
            case RIGHT -> available - used;
            case CENTER -> (available - used) / 2;
            default -> 0;
        };
        int n = line.end() - line.start();
        double[] xs = new double[n];
        for (int i = line.start(); i < line.end(); i++) {
            xs[i - line.start()] = x;
            x += setWidth(items.get(i), ratio);
        }
        RightToLeftRuns.mirror(items, line.start(), line.end(), xs);
        List<PageItem> out = new ArrayList<>();
        for (int i = line.start(); i < line.end(); i++) {
            if (items.get(i) instanceof Box box && box.fragment() != null) {
                double space = 0;
                if (i + 2 < line.end() && items.get(i + 1) instanceof Glue g) {
                    space = setWidth(g, ratio);
                }
                place(out, box.fragment(), xs[i - line.start()], baseline, space);
            }
        }
        if (hyphen != null && hyphen.fragment() != null) {
            place(out, hyphen.fragment(), x, baseline, 0);
        }
        return out;
    }

    private static double setWidth(Item item, double ratio) {
        if (item instanceof Glue g) {
            return g.width() + ratio * (ratio > 0 ? g.stretch() : g.shrink());
        }
        return item instanceof Box b ? b.width() : 0;
    }

    private static void place(List<PageItem> out, Fragment f, double x, double baseline, double space) {
        double w = f.width();
        double size = f.size() + f.rise();
        out.add(new TextItem(x, baseline - f.rise(), f, space));
        if (f.strike()) {
            out.add(new RuleItem(x, baseline - f.size() * 0.3, w, Math.max(0.4, f.size() * 0.05), f.color(),
                    false, f.role(), f.blockId()));
        }
        if (f.link() != null) {
            out.add(new LinkItem(x, baseline - size * 0.85, w, size * 1.1, f.link(), f.blockId()));
        }
        if (f.anchor() != null) {
            out.add(new AnchorItem(f.anchor(), baseline - size * 1.2, 0, "", f.role(), f.blockId()));
        }
    }
}
