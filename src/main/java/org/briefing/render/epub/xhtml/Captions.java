package org.briefing.render.epub.xhtml;

import java.util.List;
import org.briefing.model.Inline;
import org.briefing.style.Role;

/**
 * Writes the caption of a figure or table, led by its label ({@link org.briefing.model.Numbers#figureLabel})
 * when the theme numbers them.
 */
final class Captions {
    private final PageContext context;
    private final XhtmlWriter out;
    private final InlineWriter inlines;

    Captions(PageContext context, XhtmlWriter out, InlineWriter inlines) {
        this.context = context;
        this.out = out;
        this.inlines = inlines;
    }

    /**
     * Writes {@code element} ({@code figcaption} or {@code caption}) holding the caption, led by {@code label}
     * ("Figure 3.") unless it is empty; writes nothing for an empty caption.
     *
     * @return whether a caption was written
     */
    boolean write(String element, String label, List<Inline> caption) {
        if (caption.isEmpty()) {
            return false;
        }
        out.start(element);
        if (!label.isEmpty()) {
            context.shown(Role.CAPTION, true, false, label);
            out.start("span", "class", "caption-label").text(label).end().text(" ");
        }
        inlines.write(caption, Role.CAPTION);
        out.end();
        return true;
    }
}
