package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.briefing.corpus.Outputs;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.junit.jupiter.api.Test;

/**
 * Markup written to attack a reader: links that would run code or open local files, scripts and styles in
 * raw HTML. No renderer makes a live link of them, none prints code as text, and a language span keeps its
 * language.
 */
class HostileMarkupTest {
    private static final String SOURCE = "# Links\n\n"
            + "[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) [three](java&#x09;script:alert(3))\n"
            + "[four](&#x6A;avascript:alert(4)) [five][ref] <file:///etc/passwd> [six](vbscript:msgbox)\n"
            + "[seven](data:text/html;base64,PHNjcmlwdD4=) [eight]( \u0008javascript:alert(8))\n\n"
            + "[ref]: data:text/html,<script>alert(5)</script>\n\n"
            + "[web](https://example.com/) [mail](mailto:a@example.com) [rel](other.md) [frag](#links)"
            + " [UP](HTTPS://EXAMPLE.ORG/)\n\n"
            + "Inline <script>alert(\"inline-script\")</script> and <style>p{color:red} style-text</style> and"
            + " <noscript>noscript-text</noscript> done. <span lang=\"fr\">bonjour</span>\n\n"
            + "<script>\nalert(\"block-script\")\n</script>\n\n"
            + "<div><style>.x{} block-style</style><a href=\"java&#x09;script:alert(9)\">nine</a>"
            + "<a href=\" javascript:alert(10)\">ten</a><template>template-text</template>kept</div>\n\n"
            + "<div lang=\"de\">Guten Tag</div>\n";

    private static Document read(List<String> warnings) {
        return new MarkdownReader(warnings::add).parse(SOURCE, "links.md");
    }

    @Test
    void unsafeLinksAreTextWithAWarningAtTheirPlace() {
        List<String> warnings = new ArrayList<>();
        String model = read(warnings).toString();
        for (String word : List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "/etc/passwd")) {
            assertTrue(model.contains(word), word);
        }
        String lower = model.toLowerCase(Locale.ROOT);
        for (String scheme : List.of("javascript", "java\tscript", "vbscript", "data:", "file:")) {
            assertFalse(lower.contains("url=" + scheme) || lower.contains("url= "), scheme + " in " + model);
        }
        assertEquals(5, model.split("Link\\[url=", -1).length - 1, model);
        assertTrue(warnings.contains("links.md:3:1: link target with scheme 'javascript:' is not followed "
                + "(only http, https, mailto and relative links are); its text is kept"), warnings.toString());
        assertEquals(9, warnings.stream().filter(w -> w.contains("is not followed")).count(), warnings.toString());
    }

    @Test
    void thePdfHasNoUnsafeActionAndShowsNoScript() throws Exception {
        byte[] pdf = Outputs.render("pdf", read(new ArrayList<>()), Resources.NONE, new ArrayList<>());
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertEquals(List.of(), org.briefing.validate.VeraPdf.failuresUa1(pdf));
        for (String uri : uris) {
            assertTrue(uri.matches("(?i)(https?|mailto):.*|[^:]*"), uris.toString());
        }
        assertVisibleTextHasNoCode(Outputs.pdfText(pdf));
    }

    @Test
    void theEpubHasNoUnsafeHrefShowsNoScriptAndKeepsLanguage() throws Exception {
        byte[] epub = Outputs.render("epub", read(new ArrayList<>()), Resources.NONE, new ArrayList<>());
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("hostile-markup");
        assertEquals(List.of(), org.briefing.validate.EpubChecker.errors(epub, folder));
        String xhtml = contentXhtml(epub);
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(xhtml);
        while (href.find()) {
            assertTrue(href.group(1).matches("(?i)(https?|mailto):.*|[^:]*"), href.group());
        }
        assertTrue(xhtml.contains("<div lang=\"de\" xml:lang=\"de\">"), xhtml);
        assertTrue(xhtml.contains("<span lang=\"fr\" xml:lang=\"fr\">bonjour</span>"), xhtml);
        assertVisibleTextHasNoCode(Outputs.epubText(epub));
    }

    @Test
    void theTerminalTextShowsNoScript() {
        byte[] text = Outputs.render("text", read(new ArrayList<>()), Resources.NONE, new ArrayList<>());
        assertVisibleTextHasNoCode(new String(text, StandardCharsets.UTF_8));
    }

    private static void assertVisibleTextHasNoCode(String text) {
        for (String code : List.of("alert", "color:red", "style-text", "noscript-text", "block-style", "template-text")) {
            assertFalse(text.contains(code), code + " shown in: " + text);
        }
        assertTrue(text.contains("kept") && text.contains("done") && text.contains("bonjour"), text);
    }

    private static String contentXhtml(byte[] epub) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xhtml")) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }
}
