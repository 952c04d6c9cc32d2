package org.briefing.render.pdf.paint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.render.pdf.layout.frame.AnchorItem;

/** Where each named destination landed (page index and y), and the headings in order for the outline. */
final class Anchors {
    /** One anchor placed on a page. */
    record Placed(AnchorItem anchor, int pageIndex) {
    }

    private final Map<String, Placed> byName = new HashMap<>();
    private final List<Placed> headings = new ArrayList<>();

    void add(AnchorItem anchor, int pageIndex) {
        Placed placed = new Placed(anchor, pageIndex);
        byName.putIfAbsent(anchor.name(), placed);
        if (anchor.outlineLevel() > 0) {
            headings.add(placed);
        }
    }

    Placed find(String name) {
        return byName.get(name);
    }

    List<Placed> headings() {
        return headings;
    }
}
