package org.briefing.render.pdf.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.read.SourceFixture;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.inline.FirstFitLineBreaker;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.render.pdf.layout.inline.LineLog;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/**
 * The seed memo and the long test document (the seed's body a hundred times), laid out with the default
 * renderer (total fit, hyphenation) or with first fit, as {@link TypographyReportTest} and the
 * {@code TypographyRun} tool (src/tools) report on them.
 */
final class TypographyFixtures {
    static final Path SEED = Path.of("source/north-korea-us-china-cooperation.md");

    private TypographyFixtures() {
    }

    /** The seed memo as read. */
    static Document seed() {
        return SourceFixture.read(new MarkdownReader(), SEED);
    }

    /** The seed with its body repeated {@code times} times. */
    static Document repeated(Document doc, int times) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            blocks.addAll(doc.blocks());
        }
        return new Document(doc.sourceName(), doc.metadata(), blocks, doc.footnotes());
    }

    static Theme theme() {
        return new ThemeLoader(Path.of("styles")).load("memo");
    }

    /** Lays {@code doc} out with the given renderer and reports on it. */
    static TypographyReport report(Document doc, PdfRenderer renderer) {
        RenderJob job = new RenderJob(doc, theme(), image -> new byte[0], w -> { }, RenderOptions.defaults());
        LineLog log = new LineLog();
        LaidOutDocument laidOut = renderer.layoutWithStructure(job, new FontLibrary(job.theme()), log);
        return TypographyReport.of(log.lines(), laidOut.pages());
    }

    static PdfRenderer totalFit() {
        return new PdfRenderer();
    }

    static PdfRenderer firstFit() {
        return new PdfRenderer(new FirstFitLineBreaker(), Hyphenation.NONE);
    }
}
