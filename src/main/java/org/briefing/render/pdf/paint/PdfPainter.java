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
import java.util.BitSet;
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
import org.briefing.render.pdf.layout.frame.AnchorItem;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.LinkItem;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureNode;
import org.briefing.render.pdf.layout.frame.TextItem;

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
        try (PDDocument doc = new PDDocument()) {
            Map<byte[], PDImageXObject> images = new IdentityHashMap<>();
            FontNumbers numbers = FontNumbers.of(pages, fonts);
            Anchors anchors = new Anchors();
            List<PDPage> pdPages = new ArrayList<>();
            List<PageContent> contents = new ArrayList<>(pages.size());
            StructureTagger tagger = new StructureTagger(standard.tagged(), structure, pages);
            // Each page is tagged (the tags hang together across pages), its images and anchors registered with
            // the document, and its content stream drawn and deflated; the streams join the document after all
            // pages, once the fonts they use are numbered.
            for (Page page : pages) {
                PDPage pdPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                doc.addPage(pdPage);
                pdPages.add(pdPage);
                PDResources resources = new PDResources();
                pdPage.setResources(resources);
                List<PageItem> items = page.items();
                ContentBuilder tags = new ContentBuilder();
                int[] cuts = new int[items.size()];
                String[] imageNames = new String[items.size()];
                int imageCount = 0;
                tagger.startPage();
                for (int i = 0; i < items.size(); i++) {
                    PageItem item = items.get(i);
                    tagger.mark(tags, item);
                    cuts[i] = tags.length();
                    if (item instanceof ImageItem img) {
                        PDImageXObject xobject = images.get(img.data());
                        if (xobject == null) {
                            xobject = ImageEncoder.encode(doc, img.data(), img.alt());
                            images.put(img.data(), xobject);
                        }
                        imageNames[i] = "Im" + imageCount++;
                        putResource(resources, COSName.XOBJECT, imageNames[i], xobject.getCOSObject());
                    } else if (item instanceof AnchorItem a) {
                        anchors.add(a, pdPages.size() - 1);
                    }
                }
                tagger.endPage(tags);
                contents.add(PageContent.draw(page, new PageContent.Tags(tags, cuts), imageNames, fonts, numbers,
                        tagger.on()));
            }
            Map<Integer, COSDictionary> fontDicts = new TreeMap<>();
            Map<Integer, BitSet> usedGlyphs = new TreeMap<>();
            for (int i = 0; i < pdPages.size(); i++) {
                PageContent drawn = contents.get(i);
                PDStream content = new PDStream(doc);
                COSStream stream = content.getCOSObject();
                stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                try (OutputStream raw = stream.createRawOutputStream()) {
                    raw.write(drawn.deflated());
                }
                pdPages.get(i).setContents(content);
                for (int number : drawn.fonts()) {
                    COSDictionary dict = fontDicts.computeIfAbsent(number, k -> new COSDictionary());
                    putResource(pdPages.get(i).getResources(), COSName.FONT, numbers.name(number), dict);
                }
                drawn.glyphs().forEach((number, glyphs) -> usedGlyphs.computeIfAbsent(number, k -> new BitSet())
                        .or(glyphs));
            }
            for (Map.Entry<Integer, COSDictionary> e : fontDicts.entrySet()) {
                SortedSet<Integer> glyphs = new TreeSet<>();
                usedGlyphs.get(e.getKey()).stream().forEach(glyphs::add);
                Type0FontWriter.write(doc, numbers.face(e.getKey()), glyphs, e.getValue());
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
}
