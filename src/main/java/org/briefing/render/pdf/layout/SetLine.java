package org.briefing.render.pdf.layout;

import java.util.List;

/**
 * One set line of a paragraph, items relative to its top.
 *
 * @param baseline  distance from the line's top to its baseline
 * @param footnotes footnotes referenced on this line
 */
public record SetLine(List<PageItem> items, double height, double baseline, List<Integer> footnotes) {
    public SetLine {
        items = List.copyOf(items);
        footnotes = List.copyOf(footnotes);
    }
}
