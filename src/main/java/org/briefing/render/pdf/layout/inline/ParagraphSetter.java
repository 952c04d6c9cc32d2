package org.briefing.render.pdf.layout.inline;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.style.Align;

/** Builds, breaks and sets a paragraph: spans in, positioned lines out. */
public final class ParagraphSetter {
    private final ParagraphBuilder builder;
    private final LineBreaker breaker;
    private final boolean hang;
    private final LineLog log;

    public ParagraphSetter(TextMeasurer measurer, LineBreaker breaker) {
        this(measurer, breaker, Hyphenation.NONE);
    }

    public ParagraphSetter(TextMeasurer measurer, LineBreaker breaker, Hyphenation hyphenation) {
        this(measurer, breaker, hyphenation, false, null);
    }

    /**
     * @param hang whether justified lines hang their edge punctuation into the margins
     * @param log  where each set line is recorded, or null
     */
    public ParagraphSetter(TextMeasurer measurer, LineBreaker breaker, Hyphenation hyphenation, boolean hang,
                           LineLog log) {
        this.builder = new ParagraphBuilder(measurer, hyphenation);
        this.breaker = breaker;
        this.hang = hang;
        this.log = log;
    }

    /** Sets spans in a column {@code width} wide starting at {@code left}. */
    public List<SetLine> set(List<Span> spans, ParagraphStyle style, double left, double width) {
        ParagraphItems built = builder.build(spans, style, width);
        List<Item> items = built.items();
        List<Line> lines = style.align() == Align.JUSTIFY ? breaker.breakLines(items, n -> width)
                : breaker.breakRagged(items, n -> width);
        List<SetLine> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            List<PageItem> placed = LineSetter.set(items, line, left, width, style, hang);
            List<Integer> notes = new ArrayList<>();
            for (int i = line.start(); i < line.end(); i++) {
                if (items.get(i) instanceof Box b && b.fragment() != null
                        && b.fragment().role() == StructureRole.FOOTNOTE_REF) {
                    notes.add(Integer.parseInt(b.fragment().text().text()));
                }
            }
            boolean hyphenated = line.end() < items.size() && items.get(line.end()) instanceof Penalty p
                    && p.flagged();
            if (log != null) {
                log.add(new LineRecord(style.blockId(), style.role(),
                        style.align() == Align.JUSTIFY && !line.last(), line.ratio(), hyphenated,
                        overfull(items, line, width)));
            }
            out.add(tallEnough(placed, style, notes, hyphenated));
        }
        return out;
    }

    /**
     * The line, made taller by as much as an image the author sized reaches above its top, so that the image
     * does not cover the line before it.
     */
    private static SetLine tallEnough(List<PageItem> placed, ParagraphStyle style, List<Integer> notes,
                                      boolean hyphenated) {
        double above = 0;
        for (PageItem item : placed) {
            if (item instanceof ImageItem image) {
                above = Math.max(above, -image.y());
            }
        }
        if (above == 0) {
            return new SetLine(placed, style.leading(), style.baselineOffset(), notes, hyphenated);
        }
        List<PageItem> lowered = new ArrayList<>(placed.size());
        for (PageItem item : placed) {
            lowered.add(item.shifted(above));
        }
        return new SetLine(lowered, style.leading() + above, style.baselineOffset() + above, notes, hyphenated);
    }

    /** True when the line is wider than the measure with all its glue shrunk. */
    private static boolean overfull(List<Item> items, Line line, double width) {
        double min = items.get(line.end() < items.size() ? line.end() : items.size() - 1) instanceof Penalty p
                ? p.width() : 0;
        for (int i = line.start(); i < line.end(); i++) {
            Item item = items.get(i);
            if (item instanceof Box b) {
                min += b.width();
            } else if (item instanceof Glue g) {
                min += g.width() - g.shrink();
            }
        }
        return min > width + 0.01;
    }
}
