package org.briefing.render.pdf.paint;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.briefing.render.pdf.layout.frame.LinkItem;

/** Adds link annotations: URIs for external targets, GoTo actions for {@code #anchor} targets. */
final class LinkAnnotations {
    private final Anchors anchors;
    private final List<PDPage> pages;

    LinkAnnotations(Anchors anchors, List<PDPage> pages) {
        this.anchors = anchors;
        this.pages = pages;
    }

    /** Adds the link's annotation to the page and returns it, or null when its target is not in the document. */
    PDAnnotationLink add(PDPage page, LinkItem link, double pageHeight) throws IOException {
        PDAnnotationLink annotation = new PDAnnotationLink();
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        // Small dictionaries only this annotation uses are written inline: an indirect object each would
        // cost an xref entry and the writer's bookkeeping (60 000 links made 120 000 extra objects).
        border.getCOSObject().setDirect(true);
        annotation.setBorderStyle(border);
        annotation.setRectangle(new PDRectangle((float) link.x(), (float) (pageHeight - link.y() - link.height()),
                (float) link.width(), (float) link.height()));
        String target = link.target();
        if (target.startsWith("#")) {
            Anchors.Placed placed = anchors.find(target.substring(1));
            if (placed == null) {
                return null;
            }
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(destination(pages, placed, pageHeight));
            goTo.getCOSObject().setDirect(true);
            annotation.setAction(goTo);
        } else {
            PDActionURI uri = new PDActionURI();
            uri.setURI(target);
            uri.getCOSObject().setDirect(true);
            annotation.setAction(uri);
        }
        annotation.setPage(page);
        // Straight onto /Annots: PDPage.getAnnotations() wraps every annotation already on the page per call.
        COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annots == null) {
            annots = new COSArray();
            page.getCOSObject().setItem(COSName.ANNOTS, annots);
        }
        annots.add(annotation);
        return annotation;
    }

    static PDPageXYZDestination destination(List<PDPage> pages, Anchors.Placed placed, double pageHeight) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(pages.get(placed.pageIndex()));
        dest.setTop((int) Math.round(pageHeight - placed.anchor().y()));
        dest.setLeft(0);
        return dest;
    }
}
