package org.briefing.render.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.briefing.model.BriefingException;
import org.briefing.model.Document;
import org.briefing.render.RenderJob;
import org.briefing.render.Renderer;
import org.briefing.render.epub.cover.CoverPainter;
import org.briefing.render.epub.pack.BookFile;
import org.briefing.render.epub.pack.BookPlan;
import org.briefing.render.epub.pack.EpubContainer;
import org.briefing.render.epub.style.EmbeddedFonts;
import org.briefing.render.epub.style.FaceUsage;
import org.briefing.render.epub.style.ThemeCss;
import org.briefing.render.epub.xhtml.ContentDocuments;
import org.briefing.render.epub.xhtml.ImageStore;

/**
 * The {@code epub} format: an EPUB 3.3 edition of the briefing. Content documents, navigation,
 * stylesheet, fonts and cover are ours; epub4j builds the book and writes its package document and
 * NCX in memory, and {@link EpubContainer} upgrades them to EPUB 3.3 and zips every file once,
 * deterministically.
 */
public final class EpubRenderer implements Renderer {
    static final String COVER = "images/cover.png";
    static final String STYLESHEET = "styles/book.css";

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public String extension() {
        return "epub";
    }

    @Override
    public void render(RenderJob job, OutputStream out) throws IOException {
        byte[] epub;
        try {
            epub = build(job);
        } catch (BriefingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BriefingException(job.document().sourceName() + ": cannot build the EPUB: " + e, e);
        }
        out.write(epub);
    }

    /** The whole book, in memory: nothing reaches {@code out} unless every part was written. */
    static byte[] build(RenderJob job) {
        Document document = job.document();
        // The cover needs only the metadata and theme, so it is painted on its own thread while the rest
        // of the book is written (profile: a third of a cold EPUB build, mostly Java2D start-up).
        FutureTask<byte[]> cover = new FutureTask<>(() -> CoverPainter.paint(document.metadata(), job.theme()));
        Thread painter = new Thread(cover, "epub-cover");
        painter.setDaemon(true);
        painter.start();
        ImageStore images = new ImageStore(job.resources(), job.warnings(), document.sourceName());
        FaceUsage faces = new FaceUsage();
        ContentDocuments.Written docs = ContentDocuments.write(document, job.theme(), images, faces,
                job.warnings(), COVER);
        EmbeddedFonts fonts = EmbeddedFonts.plan(job.theme(), faces, job.warnings());

        List<BookFile> files = new ArrayList<>(docs.spine());
        files.add(new BookFile(STYLESHEET, "text/css", ThemeCss.of(job.theme(), fonts).getBytes(StandardCharsets.UTF_8)));
        files.addAll(fonts.files());
        files.add(new BookFile(COVER, "image/png", result(cover)));
        files.addAll(images.files());

        EpubMetadata.Contents contents = new EpubMetadata.Contents(images.shown(), images.withoutAlt());
        BookPlan plan = new BookPlan(
                EpubMetadata.of(document.metadata(), job.options().timestamp(), contents),
                files,
                docs.spine().stream().map(BookFile::href).toList(),
                docs.toc().stream().map(e -> new BookPlan.TocEntry(e.level(), e.title(), e.href())).toList(),
                ContentDocuments.NAV,
                COVER);
        return EpubContainer.write(plan);
    }

    /** The cover, or the cover painter's failure as if it had happened on this thread. */
    static byte[] result(FutureTask<byte[]> cover) {
        try {
            return cover.get();
        } catch (InterruptedException e) {
            cover.cancel(true);
            Thread.currentThread().interrupt();
            throw new BriefingException("epub: interrupted while painting the cover", e);
        } catch (ExecutionException e) {
            throw BriefingException.fromTask(e, "epub: cannot paint the cover");
        }
    }
}
