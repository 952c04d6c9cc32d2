package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.briefing.validate.EpubChecker;
import org.briefing.validate.VeraPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image inside a paragraph is drawn at text size in the PDF (a tagged Figure with its alt text) and
 * in the EPUB; a missing one is the same error in both, and a remote one the same kind of warning.
 */
class InlineImageTest {
    @TempDir
    Path dir;

    @BeforeEach
    void folders() throws Exception {
        Files.createDirectories(dir.resolve("source"));
    }

    private Cli render(String format, String markdown) throws Exception {
        Files.writeString(dir.resolve("source/memo.md"), markdown);
        return Cli.run(dir, "render", "-f", format, "source/memo.md");
    }

    @Test
    void aLocalInlineImageIsDrawnInThePdfAsATaggedFigure() throws Exception {
        Files.write(dir.resolve("source/dot.png"), TestImages.goodPng());
        Cli run = render("pdf", "# Memo\n\nThe status light ![a green dot](dot.png) means all is well.\n");
        assertEquals(0, run.exit(), run.toString());
        byte[] pdf = Files.readAllBytes(dir.resolve("output/memo.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            long images = 0;
            for (var name : resources.getXObjectNames()) {
                images += resources.getXObject(name) instanceof PDImageXObject ? 1 : 0;
            }
            assertEquals(1, images, "the inline image is drawn");
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("status light"));
        }
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/Figure"), "tagged as a figure");
        assertEquals(List.of(), VeraPdf.failuresUa1(pdf));
        assertEquals(List.of(), VeraPdf.failuresA2a(pdf));
    }

    @Test
    void aLocalInlineImageIsAnImgOfTextHeightInTheEpub() throws Exception {
        Files.write(dir.resolve("source/dot.png"), TestImages.goodPng());
        Cli run = render("epub", "# Memo\n\nThe status light ![a green dot](dot.png) means all is well.\n");
        assertEquals(0, run.exit(), run.toString());
        byte[] epub = Files.readAllBytes(dir.resolve("output/memo.epub"));
        StringBuilder xhtml = new StringBuilder();
        StringBuilder css = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                (e.getName().endsWith(".css") ? css : e.getName().endsWith(".xhtml") ? xhtml : new StringBuilder())
                        .append(text);
            }
        }
        assertTrue(xhtml.toString().matches("(?s).*<img [^>]*class=\"inline-image\"[^>]*alt=\"a green dot\".*"),
                xhtml.toString());
        assertTrue(css.toString().matches("(?s).*img\\.inline-image\\s*\\{[^}]*height:\\s*[0-9.]+em.*"), css.toString());
        assertEquals(List.of(), EpubChecker.errors(epub, dir));
    }

    @Test
    void aMissingInlineImageIsTheSameErrorInPdfAndEpub() throws Exception {
        for (String format : List.of("pdf", "epub")) {
            Cli run = render(format, "# Memo\n\nThe light ![a dot](dot.png) is on.\n");
            assertEquals(2, run.exit(), format + ": " + run);
            assertTrue(run.err().startsWith("briefing: error: memo.md:3: image not found: dot.png"), format + ": " + run);
        }
    }

    @Test
    void aMissingImageInATableCellIsTheSameErrorInPdfAndEpub() throws Exception {
        for (String format : List.of("pdf", "epub")) {
            Cli run = render(format, "# Memo\n\n| Light | State |\n|---|---|\n| ![a dot](dot.png) | on |\n");
            assertEquals(2, run.exit(), format + ": " + run);
            assertTrue(run.err().startsWith("briefing: error: memo.md:5: image not found: dot.png"), format + ": " + run);
        }
    }

    @Test
    void aDamagedInlineImageIsTheSameErrorInPdfAndEpub() throws Exception {
        Files.write(dir.resolve("source/dot.png"), TestImages.brokenPng());
        for (String format : List.of("pdf", "epub")) {
            Cli run = render(format, "# Memo\n\nThe light ![a dot](dot.png) is on.\n");
            assertEquals(2, run.exit(), format + ": " + run);
            assertTrue(run.err().startsWith("briefing: error: memo.md:3: image 'dot.png' cannot be decoded"),
                    format + ": " + run);
        }
    }

    @Test
    void aRemoteInlineImageIsWarnedAboutInPdfAndEpub() throws Exception {
        for (String format : List.of("pdf", "epub")) {
            Cli run = render(format, "# Memo\n\nThe light ![a dot](https://example.com/dot.png) is on.\n");
            assertEquals(0, run.exit(), format + ": " + run);
            assertTrue(run.err().lines().anyMatch(l -> l.contains("memo.md:3:") && l.contains("remote image")
                    && l.contains("https://example.com/dot.png")), format + ": " + run);
        }
    }
}
