package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.briefing.model.Document;
import org.briefing.render.RenderJob;
import org.briefing.render.PdfOptions;
import org.briefing.render.RenderOptions;
import org.briefing.validate.VeraPdf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** veraPDF finds no failed rule for PDF/UA-1 or PDF/A-2a in our documents; each standard can be chosen. */
class PdfConformanceTest {
    static final Path CJK = Path.of("src/test/resources/pdf/cjk.md");

    @ParameterizedTest
    @ValueSource(strings = {"source/north-korea-us-china-cooperation.md", "src/test/resources/pdf/every-block.md",
            "src/test/resources/pdf/cjk.md"})
    void passesPdfUa1AndPdfA2a(String source) throws IOException {
        byte[] pdf = PdfFixtures.render(Path.of(source)).pdf();
        PdfFixtures.save("tagged-" + Path.of(source).getFileName().toString().replace(".md", ".pdf"), pdf);
        assertEquals(List.of(), VeraPdf.failuresUa1(pdf), "PDF/UA-1 failures for " + source);
        assertEquals(List.of(), VeraPdf.failuresA2a(pdf), "PDF/A-2a failures for " + source);
    }

    @Test
    void noneWritesAPlainUntaggedPdf() throws IOException {
        byte[] pdf = render(PdfFixtures.read(PdfFixtures.EVERY_BLOCK), "none");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertNull(catalog.getStructureTreeRoot());
            assertNull(catalog.getMarkInfo());
            assertTrue(catalog.getOutputIntents().isEmpty());
            assertFalse(xmp(doc).contains("pdfaid") || xmp(doc).contains("pdfuaid"));
        }
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("/MCID"));
        assertFalse(VeraPdf.failuresUa1(pdf).isEmpty(), "an untagged PDF is not PDF/UA");
    }

    @Test
    void eachStandardClaimsOnlyItself() throws IOException {
        Document doc = PdfFixtures.read(CJK);
        byte[] ua = render(doc, "ua1");
        byte[] a2a = render(doc, "a2a");
        try (PDDocument ua1Doc = Loader.loadPDF(ua); PDDocument a2aDoc = Loader.loadPDF(a2a)) {
            assertTrue(xmp(ua1Doc).contains("<pdfuaid:part>1</pdfuaid:part>"));
            assertFalse(xmp(ua1Doc).contains("pdfaid:part"));
            assertTrue(ua1Doc.getDocumentCatalog().getOutputIntents().isEmpty());
            assertTrue(xmp(a2aDoc).contains("<pdfaid:part>2</pdfaid:part>"));
            assertTrue(xmp(a2aDoc).contains("<pdfaid:conformance>A</pdfaid:conformance>"));
            assertFalse(xmp(a2aDoc).contains("pdfuaid:part"));
            assertEquals(1, a2aDoc.getDocumentCatalog().getOutputIntents().size());
            assertNotNull(a2aDoc.getDocumentCatalog().getStructureTreeRoot(), "PDF/A-2a is tagged too");
            assertEquals("zh-CN", a2aDoc.getDocumentCatalog().getLanguage());
        }
        assertEquals(List.of(), VeraPdf.failuresUa1(ua));
        assertEquals(List.of(), VeraPdf.failuresA2a(a2a));
    }

    @Test
    void taggedOutputIsReproducible() {
        Document doc = PdfFixtures.read(PdfFixtures.EVERY_BLOCK);
        assertTrue(java.util.Arrays.equals(render(doc, "ua1+a2a"), render(doc, "ua1+a2a")));
    }

    static byte[] render(Document doc, String standard) {
        List<String> warnings = new ArrayList<>();
        RenderJob job = new RenderJob(doc, PdfFixtures.theme(), PdfFixtures.resourcesFor(PdfFixtures.EVERY_BLOCK),
                warnings::add, RenderOptions.defaults().withTimestamp(PdfFixtures.TIME).withPdf(new PdfOptions(standard)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer().render(job, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String xmp(PDDocument doc) throws IOException {
        var metadata = doc.getDocumentCatalog().getMetadata();
        return metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
    }
}
