package org.briefing.render.pdf.layout.inline;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.layout.frame.AnchorItem;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.LinkItem;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.style.Align;

/** Positions the items of broken lines: glue set by the line's ratio, lines aligned, decorations added. */
final class LineSetter {
    static final double MAX_STRETCH = 3;
    private LineSetter() {
    }

    /**
     * The items of one line, relative to the line's top.
     *
     * @param left      x of the line's left edge
     * @param available the line's width
     */
    static List<PageItem> set(List<Item> items, Line line, double left, double available,
                              ParagraphStyle style) {
        return set(items, line, left, available, style, false);
    }

    /**
     * The items of one line; with {@code hang}, a justified line's edge punctuation protrudes into the
     * margins (optical margin alignment) and its spaces take up the difference.
     */
    static List<PageItem> set(List<Item> items, Line line, double left, double available,
                              ParagraphStyle style, boolean hang) {
        double baseline = style.baselineOffset();
        double measure = available; // the width images were sized for, before hanging punctuation widens it
        // A line that would need its spaces stretched beyond recognition (e.g. before a cut-up long token)
        // is set ragged instead, as an emergency.
        boolean justify = style.align() == Align.JUSTIFY && !line.last() && line.ratio() <= MAX_STRETCH;
        double ratio = line.ratio() < 0 || justify ? line.ratio() : 0;
        Box hyphen = line.end() < items.size() && items.get(line.end()) instanceof Penalty p ? p.hyphen() : null;
        if (hang && justify) {
            double l = firstFragment(items, line) == null ? 0 : OpticalMargins.left(firstFragment(items, line));
            Fragment lastDrawn = hyphen != null && hyphen.fragment() != null ? hyphen.fragment()
                    : lastFragment(items, line);
            double r = lastDrawn == null ? 0 : OpticalMargins.right(lastDrawn);
            if (l + r > 0) {
                double adjusted = reratio(items, line, hyphen, available + l + r);
                if (!Double.isNaN(adjusted)) {
                    ratio = adjusted;
                    left -= l;
                    available += l + r;
                }
            }
        }
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
        // The rest of a word hyphenated at the end of the previous line reads as nothing: the hyphen there
        // already read as this rest, so search and copy find the whole word on one line.
        boolean continued = line.start() > 0 && items.get(line.start() - 1) instanceof Penalty p && p.flagged();
        for (int i = line.start(); i < line.end(); i++) {
            if (items.get(i) instanceof Glue) {
                continued = false;
            }
            if (items.get(i) instanceof Box box && box.fragment() != null) {
                place(out, box.fragment(), xs[i - line.start()], baseline, spaceAfter(items, i, line.end(), ratio),
                        continued ? "" : null);
            } else if (items.get(i) instanceof Box box && box.image() != null) {
                placeImage(out, box, xs[i - line.start()], baseline, style, measure);
            }
        }
        if (hyphen != null && hyphen.fragment() != null) {
            place(out, hyphen.fragment(), x, baseline, 0, restOfWord(items, line.end()));
        }
        return out;
    }

    /** The text of the boxes after a hyphenation break, up to the next space. */
    private static String restOfWord(List<Item> items, int breakAt) {
        StringBuilder rest = new StringBuilder();
        for (int i = breakAt + 1; i < items.size() && !(items.get(i) instanceof Glue); i++) {
            if (items.get(i) instanceof Box b && b.fragment() != null) {
                rest.append(b.fragment().text().text());
            }
        }
        return rest.toString();
    }

    /**
     * The set width of the white space between box {@code i} and the next box on the line (0 when none
     * follows), summed over all its glue: a ragged space is three glue items that add up to one space.
     */
    private static double spaceAfter(List<Item> items, int i, int end, double ratio) {
        double space = 0;
        double natural = 0;
        for (int j = i + 1; j < end; j++) {
            Item item = items.get(j);
            if (item instanceof Box) {
                // Only word spaces are drawn as space glyphs; the zero-width glue between ideographs is not
                // a space, and drawing one would put spaces between CJK characters in extracted text.
                return natural > 0 ? space : 0;
            }
            space += setWidth(item, ratio);
            natural += item instanceof Glue g ? g.width() : 0;
        }
        return 0;
    }

    /** The ratio that makes the line exactly {@code width} wide, or NaN when its glue cannot get there. */
    private static double reratio(List<Item> items, Line line, Box hyphen, double width) {
        double natural = hyphen != null ? hyphen.width() : 0;
        double stretch = 0;
        double shrink = 0;
        for (int i = line.start(); i < line.end(); i++) {
            Item item = items.get(i);
            natural += item instanceof Penalty ? 0 : item.width();
            if (item instanceof Glue g) {
                stretch += g.stretch();
                shrink += g.shrink();
            }
        }
        double r = natural < width ? (stretch > 0 ? (width - natural) / stretch : Double.NaN)
                : natural > width ? (shrink > 0 ? (width - natural) / shrink : Double.NaN) : 0;
        return r < -1 || r > MAX_STRETCH ? Double.NaN : r;
    }

    private static Fragment firstFragment(List<Item> items, Line line) {
        for (int i = line.start(); i < line.end(); i++) {
            if (items.get(i) instanceof Box b) {
                return b.fragment();
            }
        }
        return null;
    }

    private static Fragment lastFragment(List<Item> items, Line line) {
        for (int i = line.end() - 1; i >= line.start(); i--) {
            if (items.get(i) instanceof Box b) {
                return b.fragment();
            }
            if (!(items.get(i) instanceof Glue) && !(items.get(i) instanceof Penalty)) {
                return null;
            }
        }
        return null;
    }

    private static double setWidth(Item item, double ratio) {
        if (item instanceof Glue g) {
            return g.width() + ratio * (ratio > 0 ? g.stretch() : g.shrink());
        }
        return item instanceof Box b ? b.width() : 0;
    }

    /**
     * An image inside the text, bottom on the baseline, tagged as its own Figure. It carries no link
     * annotation: a link's annotation is tied to the link's tagged text, which an image does not have.
     */
    private static void placeImage(List<PageItem> out, Box box, double x, double baseline, ParagraphStyle style,
                                   double measure) {
        InlineImage image = box.image();
        double height = image.box(style.size() * ParagraphBuilder.INLINE_IMAGE_EM, measure).height();
        out.add(new ImageItem(x, baseline - height, box.width(), height, image.data().bytes(),
                image.source().alt(), StructureRole.FIGURE, image.blockId()));
    }

    private static void place(List<PageItem> out, Fragment f, double x, double baseline, double space,
                              String actualText) {
        double w = f.width();
        double size = f.size() + f.rise();
        out.add(new TextItem(x, baseline - f.rise(), f, space, actualText));
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
