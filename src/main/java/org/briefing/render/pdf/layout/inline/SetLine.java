package org.briefing.render.pdf.layout.inline;

import java.util.List;
import org.briefing.render.pdf.layout.frame.PageItem;

/**
 * One set line of a paragraph, items relative to its top.
 *
 * @param baseline  distance from the line's top to its baseline
 * @param footnotes  footnotes referenced on this line
 * @param hyphenated true when the line ends with a hyphen added at a hyphenation point
 */
public record SetLine(List<PageItem> items, double height, double baseline, List<Integer> footnotes,
                      boolean hyphenated) {
    /** A line that does not end with an added hyphen. */
    public SetLine(List<PageItem> items, double height, double baseline, List<Integer> footnotes) {
        this(items, height, baseline, footnotes, false);
    }

    public SetLine {
        items = List.copyOf(items);
        footnotes = List.copyOf(footnotes);
    }
}
