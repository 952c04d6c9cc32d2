package org.briefing.render.pdf.layout.inline;

import java.util.List;

/** A paragraph as items, with the footnotes it references (in order). */
record ParagraphItems(List<Item> items, List<Integer> footnotes) {
    ParagraphItems {
        items = List.copyOf(items);
        footnotes = List.copyOf(footnotes);
    }
}
