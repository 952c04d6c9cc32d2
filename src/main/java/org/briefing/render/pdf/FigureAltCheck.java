package org.briefing.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Footnote;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Warnings;

/**
 * Warns about figures without alt text: a tagged PDF cannot describe them to someone who cannot see
 * them, so they are painted as decorative artifacts. Walks blocks with a stack (nesting is unbounded).
 */
final class FigureAltCheck {
    private FigureAltCheck() {
    }

    static void warn(Document doc, Warnings warnings) {
        Deque<Block> stack = new ArrayDeque<>();
        for (Footnote note : doc.footnotes()) {
            note.blocks().forEach(stack::push);
        }
        for (int i = doc.blocks().size() - 1; i >= 0; i--) {
            stack.push(doc.blocks().get(i));
        }
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b instanceof Figure f && f.image().alt().isBlank() && !f.image().isRemote()) {
                warnings.warn(doc.sourceName() + ":" + f.image().line() + ": image " + f.image().src()
                        + " has no alt text; the tagged PDF marks it as decoration. Describe it: ![what it shows]("
                        + f.image().src() + ")");
            } else if (b instanceof BlockQuote q) {
                for (int i = q.blocks().size() - 1; i >= 0; i--) {
                    stack.push(q.blocks().get(i));
                }
            } else if (b instanceof ListBlock l) {
                for (int i = l.items().size() - 1; i >= 0; i--) {
                    ListItem item = l.items().get(i);
                    for (int j = item.blocks().size() - 1; j >= 0; j--) {
                        stack.push(item.blocks().get(j));
                    }
                }
            }
        }
    }
}
