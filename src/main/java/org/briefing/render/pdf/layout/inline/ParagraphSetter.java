package org.briefing.render.pdf.layout.inline;

import java.util.ArrayList;
import java.util.List;
import org.briefing.measure.ColumnExtent;
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

    private ParagraphSetter(ParagraphBuilder builder, LineBreaker breaker, boolean hang, LineLog log) {
        this.builder = builder;
        this.breaker = breaker;
        this.hang = hang;
        this.log = log;
    }

    /** The same setter with every digit as wide as the widest (tabular figures), for numeric table columns. */
    public ParagraphSetter withTabularDigits() {
        return new ParagraphSetter(builder.measuringWith(TabularDigits::new), breaker, hang, log);
    }

    /** Sets spans in a column {@code width} wide starting at {@code left}. */
    public List<SetLine> set(List<Span> spans, ParagraphStyle style, double left, double width) {
        return set(spans, style, left, width, true);
    }

    /**
     * As {@link #set(List, ParagraphStyle, double, double)}; without {@code breakWords} lines break only at
     * spaces (and beside CJK characters), as in a table cell whose column holds its widest word.
     */
    public List<SetLine> set(List<Span> spans, ParagraphStyle style, double left, double width,
                             boolean breakWords) {
        ParagraphItems built = builder.build(spans, style, width, breakWords);
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
     * How wide the spans are when lines break only at spaces: their widest word (what a line can never be
     * narrower than) and their widest line when nothing but hard breaks ends a line.
     */
    public ColumnExtent extent(List<Span> spans, ParagraphStyle style) {
        List<Item> items = builder.build(spans, style, Double.MAX_VALUE, false).items();
        double min = 0;
        double max = 0;
        double piece = 0;
        double pendingGlue = 0;
        double line = 0;
        Item previous = null;
        for (Item item : items) {
            if (item instanceof Box b) {
                piece += pendingGlue + b.width();
                pendingGlue = 0;
                line += b.width();
                min = Math.max(min, piece);
            } else if (item instanceof Glue g) {
                line += g.width();
                if (previous instanceof Box) {
                    // Glue after a box is a break: the word ends here.
                    piece = 0;
                    pendingGlue = 0;
                } else if (piece > 0) {
                    // Glue held by a forbidding penalty (a no-break space) joins the words around it.
                    pendingGlue += g.width();
                }
            } else if (item instanceof Penalty p && p.penalty() < Penalty.FORBID) {
                min = Math.max(min, piece + p.width());
                piece = 0;
                pendingGlue = 0;
                if (p.penalty() <= Penalty.FORCE) {
                    max = Math.max(max, line);
                    line = 0;
                }
            }
            previous = item;
        }
        return new ColumnExtent(min, Math.max(max, Math.max(line, min)));
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
