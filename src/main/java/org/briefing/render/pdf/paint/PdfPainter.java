package org.briefing.render.pdf.paint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.font.Type0FontWriter;
import org.briefing.render.pdf.layout.AnchorItem;
import org.briefing.render.pdf.layout.ImageItem;
import org.briefing.render.pdf.layout.LinkItem;
import org.briefing.render.pdf.layout.Page;
import org.briefing.render.pdf.layout.PageItem;
import org.briefing.render.pdf.layout.RuleItem;
import org.briefing.render.pdf.layout.StructureNode;
import org.briefing.render.pdf.layout.TextItem;

/**
 * The only code that draws with PDFBox: turns laid-out pages into a PDF with embedded subset fonts,
 * images, links, outline, page labels and metadata. Every item arrives with its structural role, which is
 * where tagging will hook in.
 */
public final class PdfPainter {
    private final FontLibrary fonts;
    private final DocumentInfo info;
    private final PdfStandard standard;
    private final List<StructureNode> structure;

    /** A painter for a plain, untagged PDF. */
    public PdfPainter(FontLibrary fonts, DocumentInfo info) {
        this(fonts, info, PdfStandard.NONE, List.of());
    }

    /** A painter that tags content with {@code structure} (from layout) when {@code standard} asks for it. */
    public PdfPainter(FontLibrary fonts, DocumentInfo info, PdfStandard standard, List<StructureNode> structure) {
        this.fonts = fonts;
        this.info = info;
        this.standard = standard;
        this.structure = List.copyOf(structure);
    }

    /** Writes the pages as a PDF to {@code out}. */
    public void paint(List<Page> pages, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument();
             ContentCompressor compressor = new ContentCompressor(ContentCompressor.helperFor(pages.size()))) {
            List<Future<byte[]>> contents = new ArrayList<>(pages.size());
            Map<Integer, java.util.BitSet> usedGlyphs = new TreeMap<>();
            Map<Integer, COSDictionary> fontDicts = new TreeMap<>();
            Map<byte[], PDImageXObject> images = new IdentityHashMap<>();
            TextPainter text = new TextPainter(fonts, usedGlyphs);
            Anchors anchors = new Anchors();
            List<PDPage> pdPages = new ArrayList<>();
            StructureTagger tagger = new StructureTagger(standard.tagged(), structure, pages);
            for (Page page : pages) {
                PDPage pdPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                doc.addPage(pdPage);
                pdPages.add(pdPage);
                PDResources resources = new PDResources();
                pdPage.setResources(resources);
                ContentBuilder cs = new ContentBuilder();
                java.util.Set<Integer> pageFonts = new TreeSet<>();
                int imageCount = 0;
                text.newPage();
                tagger.startPage();
                for (PageItem item : page.items()) {
                    tagger.mark(cs, item);
                    if (item instanceof TextItem t) {
                        text.paint(cs, tagger.forPainting(t), page.height(), pageFonts);
                    } else if (item instanceof RuleItem r) {
                        paintRule(cs, r, page.height());
                    } else if (item instanceof ImageItem img) {
                        PDImageXObject xobject = images.get(img.data());
                        if (xobject == null) {
                            xobject = ImageEncoder.encode(doc, img.data(), img.alt());
                            images.put(img.data(), xobject);
                        }
                        String name = "Im" + imageCount++;
                        putResource(resources, COSName.XOBJECT, name, xobject.getCOSObject());
                        cs.op("q").num(img.width()).num(0).num(0).num(img.height()).num(img.x())
                                .num(page.height() - img.y() - img.height()).op("cm").name(name).op("Do Q");
                    } else if (item instanceof AnchorItem a) {
                        anchors.add(a, pdPages.size() - 1);
                    }
                }
                tagger.endPage(cs);
                for (int face : pageFonts) {
                    COSDictionary dict = fontDicts.computeIfAbsent(face, k -> new COSDictionary());
                    putResource(resources, COSName.FONT, "F" + face, dict);
                }
                contents.add(compressor.deflate(cs.buffer(), cs.length()));
            }
            for (int i = 0; i < pdPages.size(); i++) {
                PDStream content = new PDStream(doc);
                COSStream stream = content.getCOSObject();
                stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                try (OutputStream raw = stream.createRawOutputStream()) {
                    raw.write(ContentCompressor.get(contents.get(i)));
                }
                pdPages.get(i).setContents(content);
            }
            for (Map.Entry<Integer, COSDictionary> e : fontDicts.entrySet()) {
                SortedSet<Integer> glyphs = new TreeSet<>();
                usedGlyphs.get(e.getKey()).stream().forEach(glyphs::add);
                Type0FontWriter.write(doc, text.faceOf(e.getKey()), glyphs, e.getValue());
            }
            LinkAnnotations links = new LinkAnnotations(anchors, pdPages);
            for (int i = 0; i < pages.size(); i++) {
                for (PageItem item : pages.get(i).items()) {
                    if (item instanceof LinkItem link) {
                        tagger.annotation(links.add(pdPages.get(i), link, pages.get(i).height()), link);
                    }
                }
            }
            OutlineWriter.write(doc, anchors, pdPages);
            if (tagger.on()) {
                StructureTreeWriter.write(doc, pdPages, tagger.finish());
            }
            ConformanceMetadata.apply(doc, standard);
            info.apply(doc, pages.size(), ConformanceMetadata.xmp(standard));
            // A classic xref table: PDFBox's object-stream writer leaves a trailer /Size that qpdf warns about.
            PdfSerializer.save(doc, out);
        }
    }

    private static void putResource(PDResources resources, COSName kind, String name, org.apache.pdfbox.cos.COSBase value) {
        COSDictionary dict = resources.getCOSObject().getCOSDictionary(kind);
        if (dict == null) {
            dict = new COSDictionary();
            resources.getCOSObject().setItem(kind, dict);
        }
        dict.setItem(COSName.getPDFName(name), value);
    }

    private static void paintRule(ContentBuilder cs, RuleItem r, double pageHeight) {
        double y = pageHeight - r.y() - r.height();
        if (r.outline()) {
            cs.stroke(r.color()).num(0.5).op("w").num(r.x()).num(y).num(r.width()).num(r.height()).op("re S");
        } else {
            cs.fill(r.color()).num(r.x()).num(y).num(r.width()).num(r.height()).op("re f");
        }
    }
}
