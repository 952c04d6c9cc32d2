package org.briefing.render.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.read.SourceFixture;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/** Builds books from the bundled seed and the test documents, for the EPUB tests. */
final class EpubFixtures {
    static final Path SEED = Path.of("source/north-korea-us-china-cooperation.md");
    static final Path EVERY_BLOCK = Path.of("src/test/resources/epub/every-block.md");
    static final Instant TIME = Instant.parse("2017-02-20T10:15:30Z");
    private static Theme theme;

    private EpubFixtures() {
    }

    static synchronized Theme theme() {
        if (theme == null) {
            theme = new ThemeLoader(Path.of("styles")).load("memo");
        }
        return theme;
    }

    static Document read(Path source) {
        return SourceFixture.read(new MarkdownReader(), source);
    }

    /** Images are read from the source's folder, as the app does. */
    static Resources resourcesNextTo(Path source) {
        return image -> {
            try {
                return Files.readAllBytes(source.toAbsolutePath().getParent().resolve(image.src()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static byte[] render(Document document, Resources resources, List<String> warnings) throws IOException {
        return render(document, theme(), resources, warnings);
    }

    static byte[] render(Document document, Theme theme, Resources resources, List<String> warnings)
            throws IOException {
        RenderJob job = new RenderJob(document, theme, resources, warnings::add,
                RenderOptions.defaults().withTimestamp(TIME));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(job, out);
        return out.toByteArray();
    }

    static byte[] render(Path source) throws IOException {
        return render(read(source), resourcesNextTo(source), new ArrayList<>());
    }

    /** The entries of a zip in order, by name. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String text(Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError("no entry " + name + " in " + entries.keySet());
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
