package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.corpus.Outputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images resolve only inside the source's folder — {@code ../}, absolute paths and symbolic links leading
 * outside are refused through the real command line — and remote images are never fetched: a local
 * server that counts connections sees none while they render as alt text with a link and a warning.
 */
class SandboxTest {
    @TempDir
    Path dir;

    @BeforeEach
    void folders() throws Exception {
        Files.createDirectories(dir.resolve("project/source"));
        Files.write(dir.resolve("secret.png"), TestImages.goodPng());
    }

    private Cli render(String format, String markdown) throws IOException {
        Files.writeString(dir.resolve("project/source/memo.md"), markdown);
        return Cli.run(dir.resolve("project"), "render", "-f", format, "source/memo.md");
    }

    private void assertRefused(String markdown, String message) throws IOException {
        // Terminal text never reads image files (it shows alt text), so only PDF and EPUB can be refused.
        for (String format : List.of("pdf", "epub")) {
            Cli run = render(format, markdown);
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().contains(message), run.toString());
            assertFalse(Files.exists(dir.resolve("project/output/memo." + format)), run.toString());
        }
    }

    @Test
    void climbingOutWithDotDotIsRefused() throws Exception {
        assertRefused("# Memo\n\n![Secret](../../secret.png)\n", "image '../../secret.png' lies outside the source's folder");
    }

    @Test
    void anAbsolutePathOutsideIsRefused() throws Exception {
        String secret = dir.resolve("secret.png").toAbsolutePath().toString();
        assertRefused("# Memo\n\n![Secret](" + secret + ")\n", "image '" + secret + "' lies outside the source's folder");
    }

    @Test
    void aSymbolicLinkLeadingOutsideIsRefused() throws Exception {
        Files.createSymbolicLink(dir.resolve("project/source/chart.png"), dir.resolve("secret.png"));
        assertRefused("# Memo\n\n![Chart](chart.png)\n", "image 'chart.png' is a link to");
    }

    @Test
    void anImageInsideTheSourceFolderIsRead() throws Exception {
        Files.createDirectories(dir.resolve("project/source/img"));
        Files.write(dir.resolve("project/source/img/chart.png"), TestImages.goodPng());
        for (String format : List.of("pdf", "epub")) {
            Cli run = render(format, "# Memo\n\n![Chart](img/chart.png)\n");
            assertEquals(0, run.exit(), run.toString());
        }
    }

    @Test
    void remoteImagesAreNeverFetchedButShownAsAltTextWithALink() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/chart.png";
            String markdown = "# Memo\n\n![Chart of trade](" + url + ")\n\nInline ![remote icon](" + url + "?i) too.\n";

            Cli pdf = render("pdf", markdown);
            assertEquals(0, pdf.exit(), pdf.toString());
            assertTrue(pdf.err().contains("remote image not fetched"), pdf.toString());
            try (PDDocument doc = Loader.loadPDF(dir.resolve("project/output/memo.pdf").toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertTrue(text.contains("Chart of trade"), text);
                List<String> uris = new java.util.ArrayList<>();
                for (var annotation : doc.getPage(0).getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
                assertTrue(uris.contains(url), "the PDF links the figure's alt text to its address: " + uris);
                assertTrue(uris.contains(url + "?i"), "the PDF links the inline image's alt text to its address: " + uris);
            }

            Cli epub = render("epub", markdown);
            assertEquals(0, epub.exit(), epub.toString());
            assertTrue(epub.err().contains("is not fetched"), epub.toString());
            String book = String.join("\n", Outputs.epubTexts(Files.readAllBytes(dir.resolve("project/output/memo.epub"))));
            assertTrue(book.contains("Chart of trade"), book);
            assertTrue(unzipped(dir.resolve("project/output/memo.epub")).contains("href=\"" + url + "\""));

            Cli text = render("text", markdown);
            assertEquals(0, text.exit(), text.toString());

            server.close();
            listener.join();
        }
        assertEquals(0, connections.get(), "no connection may be made for a remote image");
    }

    private static String unzipped(Path epub) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(epub))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
