package org.briefing.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** Builds, breaks and sets a paragraph: spans in, positioned lines out. */
public final class ParagraphSetter {
    private final ParagraphBuilder builder;
    private final LineBreaker breaker;

    public ParagraphSetter(TextMeasurer measurer, LineBreaker breaker) {
        this(measurer, breaker, Hyphenation.NONE);
    }

    public ParagraphSetter(TextMeasurer measurer, LineBreaker breaker, Hyphenation hyphenation) {
        this.builder = new ParagraphBuilder(measurer, hyphenation);
        this.breaker = breaker;
    }

    /** Sets spans in a column {@code width} wide starting at {@code left}. */
    public List<SetLine> set(List<Span> spans, ParagraphStyle style, double left, double width) {
        ParagraphItems built = builder.build(spans, style, width);
        List<Item> items = built.items();
        List<Line> lines = breaker.breakLines(items, n -> width);
        List<SetLine> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            List<PageItem> placed = LineSetter.set(items, line, left, width, style);
            List<Integer> notes = new ArrayList<>();
            for (int i = line.start(); i < line.end(); i++) {
                if (items.get(i) instanceof Box b && b.fragment() != null
                        && b.fragment().role() == StructureRole.FOOTNOTE_REF) {
                    notes.add(Integer.parseInt(b.fragment().text().text()));
                }
            }
            out.add(new SetLine(placed, style.leading(), style.baselineOffset(), notes));
        }
        return out;
    }
}
