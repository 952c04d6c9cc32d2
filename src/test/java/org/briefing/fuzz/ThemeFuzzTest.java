package org.briefing.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.briefing.model.Document;
import org.briefing.model.InputException;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderers;
import org.briefing.render.Resources;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/**
 * Fuzzes themes: theme bytes → {@link ThemeLoader} → a small memo rendered to PDF. A bad theme may only fail
 * with {@link InputException} (exit 2); anything else — a runtime exception, a hang, running out of memory
 * on pages that place nothing, a PDF that PDFBox cannot re-open — is a finding.
 *
 * <p>The theme is written into a folder of its own whose {@code fonts} links to the bundled fonts, so fuzzed
 * themes can name real font files, extend {@code memo} (found in {@code styles/}) or a sibling {@code base}.
 * In the normal suite every input under
 * {@code src/test/resources/org/briefing/fuzz/ThemeFuzzTestInputs/theme/} is replayed. To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=ThemeFuzzTest}.
 */
class ThemeFuzzTest {
    private static final ThemeLoader LOADER = new ThemeLoader(Path.of("styles"));
    private static final Renderers RENDERERS = Renderers.discover();
    private static final RenderOptions OPTIONS =
            RenderOptions.defaults().withTimestamp(Instant.parse("2017-02-20T10:00:00Z"));
    private static final String MEMO = """
            ---
            title: Fuzzed theme
            kind: memo
            ---

            # Heading one

            A paragraph long enough to break over a few lines, with *emphasis*, **strong** and `code`,
            and a footnote.[^1]

            > A quotation, indented by the theme.

            - an item
            - another item

            | A | B |
            |---|---|
            | 1 | 2 |

            ```
            code block
            ```

            [^1]: The note at the foot of the page.
            """;
    private static final Document DOCUMENT =
            new MarkdownReader().parse(MarkdownReader.decode(MEMO.getBytes(StandardCharsets.UTF_8), "fuzz.md"), "fuzz.md");
    private static final Path FOLDER = themeFolder();

    private static Path themeFolder() {
        try {
            Path folder = Files.createTempDirectory("theme-fuzz");
            Files.createSymbolicLink(folder.resolve("fonts"), Path.of("styles/fonts").toAbsolutePath());
            Files.writeString(folder.resolve("base.yaml"), "extends: memo\nroles:\n  body: {size: 11}\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void theme(byte[] themeBytes) throws IOException {
        Path file = FOLDER.resolve("fuzz.yaml");
        Files.write(file, themeBytes);
        Theme theme;
        try {
            theme = LOADER.load(file.toString());
        } catch (InputException e) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RENDERERS.get("pdf").render(new RenderJob(DOCUMENT, theme, Resources.NONE, w -> { }, OPTIONS), out);
        } catch (InputException e) {
            return;
        }
        Loader.loadPDF(out.toByteArray()).close();
    }
}
