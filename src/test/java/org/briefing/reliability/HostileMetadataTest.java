package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.validate.EpubChecker;
import org.briefing.corpus.Outputs;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text taken from the source reaches XML only escaped: a title, author, alt text and link title full of
 * markup characters give a valid EPUB (OPF and XHTML) and a valid PDF whose metadata holds them verbatim.
 */
class HostileMetadataTest {
    private static final String TITLE = "Tom & Jerry <script>alert(1)</script> \"quoted\" 'apos' ]]> &amp;";

    @TempDir
    Path dir;

    private static Document document() {
        String yaml = "---\ntitle: '" + TITLE.replace("'", "''") + "'\nsubtitle: \"a < b > c\"\n"
                + "authors:\n  - \"O'Neil <ceo> & co\"\n---\n\n";
        String body = "# Heading <with> & \"marks\"\n\nA [link](https://example.com/?a=1&b=<2> \"t<i>tle & 'x'\")"
                + " and ![alt \"<&>\" text](https://example.com/x.png).\n\n<span onclick=\"x()\">raw & html</span>\n";
        return new MarkdownReader().parse(yaml + body, "hostile.md");
    }

    @Test
    void theEpubIsValidAndKeepsTheTitle() throws Exception {
        byte[] epub = Outputs.render("epub", document(), Resources.NONE, new ArrayList<>());
        assertEquals(List.of(), EpubChecker.errors(epub, dir));
        String text = Outputs.epubText(epub);
        assertTrue(text.contains(TITLE), text);
        assertTrue(text.contains("O'Neil <ceo> & co"), text);
        assertTrue(text.contains("<&>"), text);
    }

    /** Found by the fuzzer: a control character in a heading reached the NCX as an invalid reference. */
    @Test
    void controlCharactersInHeadingsAndMetadataGiveAValidBook() throws Exception {
        String source = "---\ntitle: \"Title \\x1A with \\x07 controls\"\nsummary: \"sum\\x01mary\"\n---\n\n"
                + "---\u001atitle:([unclosed\n---\n\n# Bell \u0007 heading\n\nText \u0001 here.\n";
        Document document = new MarkdownReader().parse(source, "controls.md");
        byte[] epub = Outputs.render("epub", document, Resources.NONE, new ArrayList<>());
        assertEquals(List.of(), EpubChecker.errors(epub, dir));
        byte[] pdf = Outputs.render("pdf", document, Resources.NONE, new ArrayList<>());
        assertNull(Outputs.qpdfCheck(Files.write(dir.resolve("controls.pdf"), pdf)));
    }

    @Test
    void thePdfIsValidAndItsMetadataHoldsTheTitle() throws Exception {
        byte[] pdf = Outputs.render("pdf", document(), Resources.NONE, new ArrayList<>());
        Path file = Files.write(dir.resolve("hostile.pdf"), pdf);
        assertNull(Outputs.qpdfCheck(file));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(TITLE, doc.getDocumentInformation().getTitle());
            var xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                String xml = new String(xmp.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var parsed = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xmp.toByteArray()));
                assertTrue(parsed.getDocumentElement().getTextContent().contains(TITLE), xml);
            }
        }
    }
}
