package org.briefing.render.pdf.layout.inline;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Chooses where a paragraph's items break into lines. First fit or total fit. */
public interface LineBreaker {
    /**
     * Breaks items into lines.
     *
     * @param items     a paragraph ending in a forced break
     * @param lineWidth the available width of line {@code n} (0-based), in points
     */
    List<Line> breakLines(List<Item> items, IntToDoubleFunction lineWidth);

    /**
     * Breaks ragged (unjustified) text, whose hyphenation points are weighed from the start, so a word is
     * split wherever that makes the right edge less ragged than the hyphen costs. The default breaks as
     * {@link #breakLines} does.
     */
    default List<Line> breakRagged(List<Item> items, IntToDoubleFunction lineWidth) {
        return breakLines(items, lineWidth);
    }
}
