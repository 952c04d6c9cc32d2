package org.briefing.render.pdf.layout;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Chooses where a paragraph's items break into lines. First-fit now; total-fit can slot in behind this. */
public interface LineBreaker {
    /**
     * Breaks items into lines.
     *
     * @param items     a paragraph ending in a forced break
     * @param lineWidth the available width of line {@code n} (0-based), in points
     */
    List<Line> breakLines(List<Item> items, IntToDoubleFunction lineWidth);
}
