package org.briefing.render.pdf.layout.inline;

import java.util.List;

/** A paragraph as items, with the footnotes it references (in order). */
public record ParagraphItems(List<Item> items, List<Integer> footnotes) {
    public ParagraphItems {
        items = List.copyOf(items);
        footnotes = List.copyOf(footnotes);
    }
}
