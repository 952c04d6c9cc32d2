package org.briefing.composition;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Small tagged PDFs made with PDFBox for testing {@link PdfComposition}: structure elements, and text and
 * images marked as their content on chosen pages, at positions in points from the top-left corner.
 * Content that sits on one page is referenced by bare MCIDs under the element's /Pg, content on several
 * pages by marked-content references, so both ways the tree can point at content are read.
 */
final class TaggedPdf {
    /** A structure element being built. */
    static final class Tag {
        final String type;
        final Tag parent;
        final List<Object> kids = new ArrayList<>();

        Tag(String type, Tag parent) {
            this.type = type;
            this.parent = parent;
        }
    }

    private record Mark(Tag tag, int page, String text, double x, double y, double size, double width, double height) {
    }

    private final int pages;
    private final Tag document = new Tag("Document", null);
    private final List<Mark> marks = new ArrayList<>();
    private final List<Mark> artifacts = new ArrayList<>();

    /** An A4 PDF of {@code pages} pages. */
    TaggedPdf(int pages) {
        this.pages = pages;
    }

    /** A new element under {@code parent} (null: the document). */
    Tag tag(Tag parent, String type) {
        Tag owner = parent == null ? document : parent;
        Tag tag = new Tag(type, owner);
        owner.kids.add(tag);
        return tag;
    }

    /** Text of {@code tag} on page {@code page} (from 0), its baseline at {@code baseline} points from the top. */
    TaggedPdf text(Tag tag, int page, double x, double baseline, double size, String text) {
        Mark mark = new Mark(tag, page, text, x, baseline, size, 0, 0);
        tag.kids.add(mark);
        marks.add(mark);
        return this;
    }

    /** An image of {@code tag}: its top-left corner at ({@code x}, {@code top}), in points. */
    TaggedPdf image(Tag tag, int page, double x, double top, double width, double height) {
        Mark mark = new Mark(tag, page, null, x, top, 0, width, height);
        tag.kids.add(mark);
        marks.add(mark);
        return this;
    }

    /** Text painted as an artifact (page furniture), which no check may count. */
    TaggedPdf artifact(int page, double x, double baseline, String text) {
        artifacts.add(new Mark(null, page, text, x, baseline, 10, 0, 0));
        return this;
    }

    byte[] bytes() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            BufferedImage pixels = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(doc, pixels);
            List<PDPage> pdfPages = new ArrayList<>();
            Map<Mark, Integer> mcids = new LinkedHashMap<>();
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                pdfPages.add(page);
                float height = page.getMediaBox().getHeight();
                int next = 0;
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    for (Mark m : marks) {
                        if (m.page() != p) {
                            continue;
                        }
                        COSDictionary properties = new COSDictionary();
                        properties.setInt(COSName.MCID, next);
                        mcids.put(m, next++);
                        out.beginMarkedContent(COSName.getPDFName(m.tag().type), PDPropertyList.create(properties));
                        paint(out, m, font, image, height);
                        out.endMarkedContent();
                    }
                    for (Mark m : artifacts) {
                        if (m.page() == p) {
                            out.beginMarkedContent(COSName.ARTIFACT);
                            paint(out, m, font, image, height);
                            out.endMarkedContent();
                        }
                    }
                }
            }
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(root);
            build(document, root, pdfPages, mcids);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void paint(PDPageContentStream out, Mark m, PDType1Font font, PDImageXObject image, float height)
            throws IOException {
        if (m.text() != null) {
            out.beginText();
            out.setFont(font, (float) m.size());
            out.newLineAtOffset((float) m.x(), (float) (height - m.y()));
            out.showText(m.text());
            out.endText();
        } else {
            out.drawImage(image, (float) m.x(), (float) (height - m.y() - m.height()), (float) m.width(),
                    (float) m.height());
        }
    }

    private static void build(Tag tag, PDStructureNode parent, List<PDPage> pages, Map<Mark, Integer> mcids) {
        PDStructureElement element = new PDStructureElement(tag.type, parent);
        parent.appendKid(element);
        Set<Integer> onPages = new HashSet<>();
        tag.kids.stream().filter(Mark.class::isInstance).forEach(k -> onPages.add(((Mark) k).page()));
        boolean onePage = onPages.size() == 1;
        if (onePage) {
            element.setPage(pages.get(onPages.iterator().next()));
        }
        for (Object kid : tag.kids) {
            if (kid instanceof Tag child) {
                build(child, element, pages, mcids);
            } else if (kid instanceof Mark mark && onePage) {
                element.appendKid(new PDMarkedContent(
                        COSName.getPDFName(tag.type), mcidDictionary(mcids.get(mark))));
            } else if (kid instanceof Mark mark) {
                PDMarkedContentReference ref = new PDMarkedContentReference();
                ref.setMCID(mcids.get(mark));
                ref.setPage(pages.get(mark.page()));
                element.appendKid(ref);
            }
        }
    }

    private static COSDictionary mcidDictionary(int mcid) {
        COSDictionary d = new COSDictionary();
        d.setInt(COSName.MCID, mcid);
        return d;
    }
}
