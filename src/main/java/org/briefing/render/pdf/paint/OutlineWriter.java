package org.briefing.render.pdf.paint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** Builds the bookmarks from the headings, nesting by level with an explicit stack. */
final class OutlineWriter {
    private OutlineWriter() {
    }

    static void write(PDDocument doc, Anchors anchors, List<PDPage> pages) {
        if (anchors.headings().isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
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
            item.setTitle(h.anchor().title());
            float height = pages.get(h.pageIndex()).getMediaBox().getHeight();
            item.setDestination(LinkAnnotations.destination(pages, h, height));
            parents.peek().addLast(item);
            parents.push(item);
            levels.push(level);
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
        outline.openNode();
    }
}
