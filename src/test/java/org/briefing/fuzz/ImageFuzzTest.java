package org.briefing.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.briefing.app.SourceFolderResources;
import org.briefing.model.Document;
import org.briefing.model.InputException;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderers;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/**
 * Fuzzes image files: the bytes are written next to a small source that shows them as a figure and
 * inside a paragraph, which is rendered as PDF and EPUB through the real, sandboxed resources. A bad
 * image may only fail with {@link InputException}; anything else — a runtime exception, an error, a PDF
 * PDFBox cannot re-open — is a finding.
 *
 * <p>In the normal suite Jazzer replays every input under
 * {@code src/test/resources/org/briefing/fuzz/ImageFuzzTestInputs/image/} (a tiny PNG, a JPEG, a
 * truncated JPEG and each crash found so far). To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=ImageFuzzTest}.
 */
class ImageFuzzTest {
    private static final Theme THEME = new ThemeLoader(Path.of("styles")).load("memo");
    private static final Renderers RENDERERS = Renderers.discover();
    private static final RenderOptions OPTIONS =
            RenderOptions.defaults().withTimestamp(Instant.parse("2017-02-20T10:00:00Z"));
    private static final String SOURCE = "# Images\n\n![A fuzzed picture](picture.img)\n\n"
            + "Text with ![a small one](picture.img) inside.\n";

    @FuzzTest(maxDuration = "3m")
    void image(byte[] image) throws IOException {
        Path folder = Files.createTempDirectory("image-fuzz");
        try {
            Path source = folder.resolve("memo.md");
            Files.writeString(source, SOURCE);
            Files.write(folder.resolve("picture.img"), image);
            Document document = new MarkdownReader().parse(
                    MarkdownReader.decode(SOURCE.getBytes(StandardCharsets.UTF_8), "memo.md"), "memo.md");
            for (String format : List.of("pdf", "epub")) {
                List<String> warnings = new ArrayList<>();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    RENDERERS.get(format).render(new RenderJob(document, THEME,
                            new SourceFolderResources(source, "memo.md"), warnings::add, OPTIONS), out);
                } catch (InputException e) {
                    continue;
                }
                if (format.equals("pdf")) {
                    Loader.loadPDF(out.toByteArray()).close();
                }
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(folder);
        }
    }
}
