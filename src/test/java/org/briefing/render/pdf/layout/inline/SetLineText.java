package org.briefing.render.pdf.layout.inline;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.TextItem;

/** The text of set lines as a reader sees it, a space after each word that has one, for layout tests. */
final class SetLineText {
    private SetLineText() {
    }

    static List<String> of(List<SetLine> lines) {
        List<String> out = new ArrayList<>();
        for (SetLine line : lines) {
            StringBuilder s = new StringBuilder();
            for (PageItem item : line.items()) {
                if (item instanceof TextItem t) {
                    s.append(t.fragment().text().text()).append(t.spaceWidth() > 0 ? " " : "");
                }
            }
            out.add(s.toString());
        }
        return out;
    }
}
