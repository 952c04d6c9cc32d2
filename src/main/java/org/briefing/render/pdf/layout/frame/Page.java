package org.briefing.render.pdf.layout.frame;

import java.util.List;

/** One laid-out page: its size and its items in painting order. Numbers start at 1. */
public record Page(int number, double width, double height, List<PageItem> items) {
    public Page {
        items = List.copyOf(items);
    }
}
