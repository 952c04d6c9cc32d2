package org.briefing.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Document;
import org.briefing.model.InputException;
import org.briefing.read.MarkdownReader;
import org.briefing.read.SourceFixture;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/** Shared inputs for PDF tests: the default theme, the seed memo, the every-block document, a render call. */
final class PdfFixtures {
    static final Path SEED = Path.of("source/north-korea-us-china-cooperation.md");
    static final Path EVERY_BLOCK = Path.of("src/test/resources/pdf/every-block.md");
    static final Instant TIME = Instant.parse("2017-02-20T10:00:00Z");

    private PdfFixtures() {
    }

    static Theme theme() {
        return new ThemeLoader(Path.of("styles")).load("memo");
    }

    static Document read(Path file) {
        return SourceFixture.read(new MarkdownReader(), file);
    }

    /** Resources reading files next to the source, as the app does. */
    static Resources resourcesFor(Path source) {
        Path dir = source.toAbsolutePath().getParent();
        return image -> {
            try {
                return Files.readAllBytes(dir.resolve(image.src()));
            } catch (IOException e) {
                throw new InputException("line " + image.line() + ": cannot read " + image.src());
            }
        };
    }

    /** A rendered PDF and the warnings it produced. */
    record Rendered(byte[] pdf, List<String> warnings) {
    }

    static Rendered render(Document doc, Theme theme, Resources resources) {
        List<String> warnings = new ArrayList<>();
        RenderJob job = new RenderJob(doc, theme, resources, warnings::add,
                RenderOptions.defaults().withTimestamp(TIME));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer().render(job, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(out.toByteArray(), warnings);
    }

    static Rendered render(Path source) {
        return render(read(source), theme(), resourcesFor(source));
    }

    /** Writes a PDF under target/pdf for looking at and for external validators. */
    static Path save(String name, byte[] pdf) throws IOException {
        Path out = Path.of("target/pdf", name);
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        return out;
    }
}
