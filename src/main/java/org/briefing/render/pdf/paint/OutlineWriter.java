package org.briefing.render.pdf.paint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Builds the bookmarks from the headings, nesting by level with an explicit stack. The outline is attached
 * to the catalog before any item is added: PDFBox marks an object graph as the document's recursively when
 * it is attached, so a finished outline attached last is walked along its /Next chain, one stack frame per
 * bookmark (about 6,000 bookmarks overflowed the default stack). Attached first, each new item is marked
 * as it joins, while it has no siblings or children yet.
 */
final class OutlineWriter {
    private OutlineWriter() {
    }

    static void write(PDDocument doc, Anchors anchors, List<PDPage> pages) {
        if (anchors.headings().isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        Deque<PDOutlineNode> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        parents.push(outline);
        levels.push(0);
        for (Anchors.Placed h : anchors.headings()) {
            int level = h.anchor().outlineLevel();
            while (levels.peek() >= level) {
                levels.pop();
                parents.pop();
            }
            PDOutlineItem item = new PDOutlineItem();
            parents.peek().addLast(item);
            item.setTitle(h.anchor().title());
            float height = pages.get(h.pageIndex()).getMediaBox().getHeight();
            item.setDestination(LinkAnnotations.destination(pages, h, height));
            parents.push(item);
            levels.push(level);
        }
        outline.openNode();
    }
}
