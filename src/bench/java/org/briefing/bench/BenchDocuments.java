package org.briefing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.model.Document;
import org.briefing.model.Warnings;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/** The benchmarks' inputs: the seed briefing, or its body repeated N times, read with the default theme. */
public final class BenchDocuments {
    public static final Path SEED = Path.of("source/north-korea-us-china-cooperation.md");

    private BenchDocuments() {
    }

    /** The Markdown for {@code copies} copies of the seed body (1 = the seed itself). */
    public static String markdown(int copies) {
        try {
            return LongBriefing.of(Files.readString(SEED, StandardCharsets.UTF_8), copies);
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the repository root", e);
        }
    }

    public static Theme theme() {
        return new ThemeLoader(Path.of("styles")).load("memo");
    }

    public static RenderJob job(int copies) {
        Document doc = new MarkdownReader().parse(markdown(copies), "bench.md");
        return new RenderJob(doc, theme(), Resources.NONE, Warnings.IGNORE, RenderOptions.defaults());
    }
}
