package org.briefing.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.briefing.model.Document;
import org.briefing.model.Metadata;
import org.briefing.render.RenderJob;
import org.briefing.render.Renderer;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.flow.DocumentLayouter;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.render.pdf.layout.inline.KnuthPlassLineBreaker;
import org.briefing.render.pdf.layout.inline.LineBreaker;
import org.briefing.render.pdf.layout.inline.LineLog;
import org.briefing.render.pdf.paint.DocumentInfo;
import org.briefing.render.pdf.paint.PdfPainter;
import org.briefing.render.pdf.paint.PdfStandard;

/** The PDF memo: our own layout (measure, break, paginate) painted with PDFBox. */
public final class PdfRenderer implements Renderer {
    private final LineBreaker breaker;
    private final Hyphenation hyphenation;

    /**
     * The renderer with total-fit line breaking and hyphenation in the document's language (as the theme's
     * typography settings allow).
     */
    public PdfRenderer() {
        this(new KnuthPlassLineBreaker(), null);
    }

    /** A renderer with another line breaker (e.g. first-fit) and hyphenation (null: the document's). */
    public PdfRenderer(LineBreaker breaker, Hyphenation hyphenation) {
        this.breaker = breaker;
        this.hyphenation = hyphenation;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void render(RenderJob job, OutputStream out) throws IOException {
        FontLibrary fonts = new FontLibrary(job.theme());
        PdfStandard standard = PdfStandard.of(job.options().pdf().standard());
        if (standard.tagged()) {
            FigureAltCheck.warn(job.document(), job.warnings());
        }
        LaidOutDocument laidOut = layoutWithStructure(job, fonts);
        new PdfPainter(fonts, info(job), standard, laidOut.structure()).paint(laidOut.pages(), out);
    }

    /** Lays the job out into pages (plain data), reporting characters no font has. */
    public List<Page> layout(RenderJob job, FontLibrary library) {
        return layoutWithStructure(job, library).pages();
    }

    /** Lays the job out into pages and the structure elements their items belong to. */
    public LaidOutDocument layoutWithStructure(RenderJob job, FontLibrary library) {
        return layoutWithStructure(job, library, null);
    }

    /** Lays the job out, recording every set line in {@code log} (for the typography report). */
    public LaidOutDocument layoutWithStructure(RenderJob job, FontLibrary library, LineLog log) {
        Document doc = job.document();
        Hyphenation words = hyphenation != null ? hyphenation
                : DocumentHyphenation.of(job.theme().typography(), doc.metadata().lang(), doc.sourceName(),
                        job.warnings());
        LaidOutDocument laidOut = new DocumentLayouter(job.theme(), library, breaker,
                new ImageLoader(job.resources(), job.warnings(), doc.sourceName()), words, log)
                .contentsAsked(job.options().toc()).layoutWithStructure(doc);
        List<Integer> missing = library.missingCodePoints();
        if (!missing.isEmpty()) {
            job.warnings().warn(doc.sourceName() + ": no font in the theme has " + FontLibrary.describe(missing)
                    + "; drawn as empty boxes");
        }
        return laidOut;
    }

    /** Paints laid-out pages with the fonts they were measured with, as a plain (untagged) PDF. */
    public void paint(RenderJob job, FontLibrary fonts, List<Page> pages, OutputStream out) throws IOException {
        new PdfPainter(fonts, info(job)).paint(pages, out);
    }

    private static DocumentInfo info(RenderJob job) {
        Metadata meta = job.document().metadata();
        String author = !meta.authors().isEmpty() ? String.join(", ", meta.authors()) : meta.organization();
        String subject = !meta.summary().isBlank() ? meta.summary() : meta.subtitle();
        return new DocumentInfo(meta.title(), author, subject, meta.keywords(), meta.lang(),
                job.options().timestamp(), "Briefing (Apache PDFBox)");
    }
}
