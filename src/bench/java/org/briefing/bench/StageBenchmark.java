package org.briefing.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.epub.EpubRenderer;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.inline.FirstFitLineBreaker;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.render.pdf.layout.inline.Item;
import org.briefing.render.pdf.layout.inline.Line;
import org.briefing.render.pdf.layout.inline.LineBreaker;
import org.briefing.render.text.TextRenderer;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Warm, steady-state cost of each stage on the seed ({@code copies=1}) and on longer documents made of
 * copies of its body: read, theme, line breaking, whole PDF layout (shaping included), painting, EPUB
 * writing, terminal text. Each stage's input is made once in setup; pagination, whose input is internal to
 * the flow stage, is {@code PaginationBenchmark} in that package.
 */
public class StageBenchmark extends StageSettings {
    private String markdown;
    private RenderJob job;
    private Theme theme;
    private List<List<Item>> paragraphs;
    private List<Double> widths;
    private FontLibrary paintFonts;
    private List<Page> pages;

    /** Records each paragraph the layout breaks, to replay them without the rest of the layout. */
    private final class RecordingBreaker implements LineBreaker {
        private final LineBreaker inner = new FirstFitLineBreaker();

        @Override
        public List<Line> breakLines(List<Item> items, IntToDoubleFunction lineWidth) {
            paragraphs.add(List.copyOf(items));
            widths.add(lineWidth.applyAsDouble(0));
            return inner.breakLines(items, lineWidth);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        markdown = BenchDocuments.markdown(copies);
        job = BenchDocuments.job(copies);
        theme = job.theme();
        paragraphs = new ArrayList<>();
        widths = new ArrayList<>();
        new PdfRenderer(new RecordingBreaker(), Hyphenation.NONE).layout(job, new FontLibrary(theme));
        paintFonts = new FontLibrary(theme);
        pages = new PdfRenderer().layout(job, paintFonts);
    }

    @Benchmark
    public Document read() {
        return new MarkdownReader().parse(markdown, "bench.md");
    }

    @Benchmark
    public Theme theme() {
        return new ThemeLoader(Path.of("styles")).load("memo");
    }

    @Benchmark
    public int lineBreaking() {
        LineBreaker breaker = new FirstFitLineBreaker();
        int lines = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            double width = widths.get(i);
            lines += breaker.breakLines(paragraphs.get(i), n -> width).size();
        }
        return lines;
    }

    /** Measuring, shaping (with a fresh per-render word cache), breaking and paginating together. */
    @Benchmark
    public List<Page> pdfLayout() {
        return new PdfRenderer().layout(job, new FontLibrary(theme));
    }

    @Benchmark
    public int pdfPaint() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().paint(job, paintFonts, pages, out);
        return out.size();
    }

    @Benchmark
    public int epub() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(job, out);
        return out.size();
    }

    @Benchmark
    public int text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextRenderer().render(job, out);
        return out.size();
    }
}
