package org.briefing.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.briefing.model.BriefingException;
import org.briefing.model.Document;
import org.briefing.model.Warnings;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderer;
import org.briefing.render.pdf.report.TypographyReport;
import org.briefing.style.Theme;

/**
 * The pipeline between reader, theme and renderers: a source is read and parsed once, then rendered
 * to as many formats as wanted, each file written atomically.
 */
public final class Publisher {
    /** A source read into the model, with everything a renderer needs. */
    public record Prepared(Path file, String displayName, RenderJob job) {
        public Prepared {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(job, "job");
        }

        public Document document() {
            return job.document();
        }

        /** The output name without extension: the source's file name without {@code .md}. */
        public String slug() {
            return slugOf(file);
        }
    }

    /** The output name of a source without extension: its file name without {@code .md}. */
    public static String slugOf(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private final Theme theme;
    private final RenderOptions baseOptions;
    private final Optional<Instant> sourceDateEpoch;
    private final Warnings warnings;

    /**
     * @param baseOptions     options for every document; the timestamp is chosen per document
     * @param sourceDateEpoch the validated {@code SOURCE_DATE_EPOCH}, which wins over front-matter dates
     */
    public Publisher(Theme theme, RenderOptions baseOptions, Optional<Instant> sourceDateEpoch, Warnings warnings) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.baseOptions = Objects.requireNonNull(baseOptions, "baseOptions");
        this.sourceDateEpoch = Objects.requireNonNull(sourceDateEpoch, "sourceDateEpoch");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** Reads and parses a source. {@code displayName} names it in messages about the file itself. */
    public Prepared read(Path file, String displayName) {
        Document document = parse(file, displayName, warnings);
        RenderOptions options = baseOptions.withTimestamp(OutputTimestamp.choose(sourceDateEpoch, document.metadata()));
        RenderJob job = new RenderJob(document, theme, new SourceFolderResources(file, document.sourceName()),
                new DistinctWarnings(warnings), options);
        return new Prepared(file, displayName, job);
    }

    /** Reads a source into the model; reader bugs become one-line errors naming the source. */
    private static Document parse(Path file, String displayName, Warnings warnings) {
        String text = SourceFile.read(file, displayName);
        try {
            // Messages name the path as typed; the document only knows its bare file name, so that documents
            // do not depend on the folder they were read from.
            return new MarkdownReader(warnings).parse(text, file.getFileName().toString(), displayName);
        } catch (BriefingException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug still gets a one-line message naming the source; --verbose shows the trace.
            throw new BriefingException(displayName + ": internal error while reading: " + e, e);
        }
    }

    /** Renders into a file, replacing it only when rendering succeeded. */
    public void write(Prepared source, Renderer renderer, Path target) {
        write(source, renderer, target, target.toString());
    }

    /**
     * Renders into a file named {@code shownTarget} in messages, replacing it only when rendering succeeded;
     * a target that is one of the inputs (source, theme, fonts) is refused before anything is written.
     */
    public void write(Prepared source, Renderer renderer, Path target, String shownTarget) {
        OutputGuard.refuseInputs(target, shownTarget, source.file(), theme);
        AtomicOutput.write(target, out -> {
            render(source, renderer, out);
            if (source.job().resources() instanceof SourceFolderResources images) {
                // Before AtomicOutput moves the new file into place: an image read for it is not replaced.
                OutputGuard.refuseFilesRead(target, shownTarget, images.filesRead());
            }
        });
    }

    /** The PDF typography report of a source (line spacing, hyphens, overfull lines, widows, orphans). */
    public static String typographyReport(Prepared source) {
        return TypographyReport.measure(source.job()).format("Typography of " + source.displayName());
    }

    /** Renders into memory (for standard output, which cannot be replaced atomically). */
    public byte[] bytes(Prepared source, Renderer renderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(source, renderer, out);
        } catch (IOException e) {
            throw new BriefingException(source.displayName() + ": " + renderer.format() + " output failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void render(Prepared source, Renderer renderer, OutputStream out) throws IOException {
        try {
            renderer.render(source.job(), out);
        } catch (BriefingException | IOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A renderer bug still gets a one-line message naming the document; --verbose shows the trace.
            throw new BriefingException(source.displayName() + ": the " + renderer.format()
                    + " renderer failed: " + e, e);
        }
    }
}
