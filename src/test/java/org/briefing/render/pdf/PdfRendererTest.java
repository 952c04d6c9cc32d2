package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Participant;
import org.briefing.render.Renderers;
import org.junit.jupiter.api.Test;

/** The PDF itself, read back with PDFBox: text, fonts, links, outline, metadata, reproducibility. */
class PdfRendererTest {
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void seedMemoHasEveryWordInReadingOrder() throws IOException {
        Document doc = PdfFixtures.read(PdfFixtures.SEED);
        PdfFixtures.Rendered r = PdfFixtures.render(PdfFixtures.SEED);
        PdfFixtures.save("seed.pdf", r.pdf());
        String text = text(r.pdf());
        List<String> words = new ArrayList<>(ModelWords.words(doc.metadata().title()));
        words.addAll(ModelWords.of(doc.blocks()));
        for (Participant p : doc.metadata().participants()) {
            words.addAll(ModelWords.words(p.name() + " " + p.bio()));
        }
        assertNull(ModelWords.firstMissingInOrder(words, text));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void everyBlockDocumentHasEveryWordInReadingOrder() throws IOException {
        Document doc = PdfFixtures.read(PdfFixtures.EVERY_BLOCK);
        PdfFixtures.Rendered r = PdfFixtures.render(PdfFixtures.EVERY_BLOCK);
        PdfFixtures.save("every-block.pdf", r.pdf());
        String text = text(r.pdf());
        // Figures float to the next page's top when they do not fit (the memo's float: top), so a figure's
        // words are in order among themselves but may come after text that follows it in the source.
        List<Block> flowing = doc.blocks().stream().filter(b -> !(b instanceof Figure)).toList();
        assertNull(ModelWords.firstMissingInOrder(ModelWords.of(flowing), text));
        for (Block block : doc.blocks()) {
            if (block instanceof Figure) {
                assertNull(ModelWords.firstMissingInOrder(ModelWords.of(List.of(block)), text));
            }
        }
        for (var note : doc.footnotes()) {
            assertNull(ModelWords.firstMissingInOrder(ModelWords.of(note.blocks()), text));
        }
        assertFalse(text.contains("<div") || text.contains("<br") || text.contains("<span"), "no raw tags");
    }

    @Test
    void ligaturesAndKerningKeepTheExactText() throws IOException {
        String text = text(PdfFixtures.render(PdfFixtures.EVERY_BLOCK).pdf());
        for (String word : List.of("office", "efficient", "difficult", "official", "affluent", "baffling",
                "shuffle", "waffle", "fjord", "flight", "afflict", "AVATAR", "Toyota", "WAVE")) {
            assertTrue(text.contains(word), word + " extracts intact");
        }
        assertFalse(text.matches("(?s).*[\uFB00-\uFB06].*"), "no presentation-form ligatures in the text");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = PdfFixtures.render(PdfFixtures.EVERY_BLOCK).pdf();
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    PDType0Font type0 = assertInstanceOf(PDType0Font.class, font);
                    PDCIDFont cid = type0.getDescendantFont();
                    assertNotNull(cid.getFontDescriptor().getFontFile2(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                    fonts++;
                }
            }
        }
        assertTrue(fonts > 5, "serif, sans, mono and fallback fonts are used");
    }

    @Test
    void cjkAndUnmappableCharactersRenderWithOneWarning() throws IOException {
        Document doc = new Document("cjk.md", org.briefing.model.Metadata.titled("CJK"), List.of(
                new org.briefing.model.Paragraph(List.of(new org.briefing.model.Text(
                        "中文文本测试 日本語 한국어 and private \uE000\uE001 use \uE000 again.")))), List.of());
        PdfFixtures.Rendered r = PdfFixtures.render(doc, PdfFixtures.theme(), org.briefing.render.Resources.NONE);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("U+E000") && r.warnings().get(0).contains("U+E001"),
                r.warnings().get(0));
        String text = text(r.pdf());
        assertTrue(text.contains("中文文本测试") && text.contains("日本語") && text.contains("한국어"), text);
    }

    @Test
    void remoteImagesAreNotFetchedButShownAsTheirAltText() throws IOException {
        Document doc = new Document("remote.md", org.briefing.model.Metadata.titled("Remote"), List.of(
                new org.briefing.model.Figure(new org.briefing.model.Image("https://example.org/c.png", "Remote chart",
                        "", 3))), List.of());
        PdfFixtures.Rendered r = PdfFixtures.render(doc, PdfFixtures.theme(), org.briefing.render.Resources.NONE);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("remote.md:3:"), r.warnings().get(0));
        assertTrue(text(r.pdf()).contains("[Remote chart]"));
    }

    @Test
    void rightToLeftWordsAreShapedAndExtractInReadingOrder() throws IOException {
        Document doc = new Document("rtl.md", org.briefing.model.Metadata.titled("RTL"), List.of(
                new org.briefing.model.Paragraph(List.of(new org.briefing.model.Text("Hebrew שלום and Arabic مرحبا here.")))),
                List.of());
        PdfFixtures.Rendered r = PdfFixtures.render(doc, PdfFixtures.theme(), org.briefing.render.Resources.NONE);
        String text = text(r.pdf());
        assertTrue(text.contains("שלום") && text.contains("مرحبا"), text);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void sameInputGivesIdenticalBytes() {
        byte[] first = PdfFixtures.render(PdfFixtures.EVERY_BLOCK).pdf();
        byte[] second = PdfFixtures.render(PdfFixtures.EVERY_BLOCK).pdf();
        assertArrayEquals(first, second);
    }

    @Test
    void outlineLinksAndMetadataArePresent() throws IOException {
        byte[] pdf = PdfFixtures.render(PdfFixtures.EVERY_BLOCK).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            PDOutlineItem first = catalog.getDocumentOutline().getFirstChild();
            assertEquals("Level one heading", first.getTitle());
            assertEquals("Level two heading", first.getFirstChild().getTitle());
            assertEquals("en", catalog.getLanguage());
            assertNotNull(catalog.getPageLabels());
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("Every Block: A Test Memo"), xmp);
            assertTrue(xmp.contains("2017-02-20T10:00:00Z"));
            assertEquals("Every Block: A Test Memo for the Office’s Efficient Workflow",
                    doc.getDocumentInformation().getTitle());
            assertEquals("Li Bin, Zhao Tong", doc.getDocumentInformation().getAuthor());
            List<String> uris = new ArrayList<>();
            int internal = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    PDAnnotationLink link = assertInstanceOf(PDAnnotationLink.class, a);
                    if (link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    } else if (link.getAction() instanceof PDActionGoTo) {
                        internal++;
                    }
                }
            }
            assertTrue(uris.contains("https://carnegieendowment.org"), uris.toString());
            assertTrue(internal >= 7, "footnote references, back links and a heading link: " + internal);
        }
    }

    @Test
    void isFoundThroughTheServiceLoader() {
        assertInstanceOf(PdfRenderer.class, Renderers.discover().get("pdf"));
        assertEquals("pdf", new PdfRenderer().extension());
    }
}
