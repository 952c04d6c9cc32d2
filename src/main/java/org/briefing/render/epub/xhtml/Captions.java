package org.briefing.render.epub.xhtml;

import java.util.List;
import org.briefing.model.Inline;
import org.briefing.style.Role;

/**
 * Writes the caption of a figure or table, with its number when the theme numbers them. The label words
 * live here once for the whole book (issue 19 will take them from the document's language).
 */
final class Captions {
    static final String FIGURE = "Figure";
    static final String TABLE = "Table";

    private final PageContext context;
    private final XhtmlWriter out;
    private final InlineWriter inlines;

    Captions(PageContext context, XhtmlWriter out, InlineWriter inlines) {
        this.context = context;
        this.out = out;
        this.inlines = inlines;
    }

    /**
     * Writes {@code element} ({@code figcaption} or {@code caption}) holding the caption, led by "Word N."
     * when {@code number} is above 0; writes nothing for an empty caption, as the PDF prints none.
     *
     * @return whether a caption was written
     */
    boolean write(String element, String word, int number, List<Inline> caption) {
        if (caption.isEmpty()) {
            return false;
        }
        out.start(element);
        if (number > 0) {
            String label = word + " " + number + ".";
            context.shown(Role.CAPTION, true, false, label);
            out.start("span", "class", "caption-label").text(label).end().text(" ");
        }
        inlines.write(caption, Role.CAPTION);
        out.end();
        return true;
    }
}
