package org.briefing.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.briefing.model.Document;
import org.briefing.model.Warnings;
import org.briefing.render.Renderers;
import org.briefing.style.Theme;

/**
 * Cold start-up work done on one background thread, so that a command-line run uses the second core. For a
 * PDF: the theme while the main thread parses the command line, then the PDF renderer's
 * {@link org.briefing.render.Renderer#prepare} (fonts, hyphenation patterns, date data) while the main
 * thread reads the source. Otherwise: the source, read and parsed while the main thread parses the
 * command line and loads the theme. Tried and dropped: setting up the Markdown parser here (the main thread
 * needs it right after the theme, so it only waited), and a second background thread reading the source
 * for a PDF too (the font work stays the longer chain, so nothing was gained).
 *
 * <p>Results are the same with or without it: the theme and the source are the main thread's to take only
 * when they were loaded for the same {@code --style} and the same file and name (with the source's warnings
 * reported when it is taken, where reading would have reported them), and the rest fills process-wide
 * caches or initialises classes. A failure in the background is dropped and the main thread does the same
 * work again, so it fails there, with the same message. The main thread joins each part before the stage
 * that uses it ({@link #theme}, {@link #document}, {@link #awaitRender}); while both threads run they use
 * different libraries, except SnakeYAML, which composes one document at a time.
 */
public final class WarmUp implements AutoCloseable {
    /** No background work (tests, and commands that read no source). */
    public static final WarmUp NONE = new WarmUp(null, null);

    private final ExecutorService thread;
    private final String style;
    private Future<Theme> theme = CompletableFuture.completedFuture(null);
    private Future<?> render = CompletableFuture.completedFuture(null);
    private Path sourceFile;
    private String sourceName;
    private Future<ReadSource> source = CompletableFuture.completedFuture(null);

    /** A source read in the background, with the warnings reading gave, to be reported when it is taken. */
    private record ReadSource(Document document, List<String> warnings) {
    }

    private WarmUp(ExecutorService thread, String style) {
        this.thread = thread;
        this.style = style;
    }

    /**
     * Starts the background work for a run that will likely use the theme {@code --style style} (loaded by
     * {@code loadTheme}) and read {@code sourceFile} (null when unknown), and, when {@code pdf}, render a PDF.
     * For a PDF the background loads the theme and then what the render needs (fonts, patterns, date data)
     * while the main thread reads the source; otherwise, with a source to read, it reads it while the main
     * thread loads the theme, else it loads the theme. Guesses only decide what is done ahead.
     */
    public static WarmUp start(String style, Supplier<Theme> loadTheme, boolean pdf, Path sourceFile,
                               String sourceName) {
        WarmUp warmUp = new WarmUp(Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "warm-up");
            t.setDaemon(true);
            return t;
        }), pdf || sourceFile == null ? style : null);
        if (warmUp.style != null) {
            warmUp.theme = warmUp.thread.submit(loadTheme::get);
        }
        if (pdf) {
            warmUp.render = warmUp.submit(() -> {
                Theme loaded = warmUp.loadedTheme();
                Renderers renderers = Renderers.discover();
                if (loaded != null && renderers.has("pdf")) {
                    renderers.get("pdf").prepare(loaded);
                }
            });
        } else if (sourceFile != null) {
            warmUp.sourceFile = sourceFile;
            warmUp.sourceName = sourceName;
            warmUp.source = warmUp.thread.submit(() -> {
                List<String> warnings = new ArrayList<>();
                Document document = Publisher.parse(sourceFile, sourceName, warnings::add);
                return new ReadSource(document, List.copyOf(warnings));
            });
        }
        return warmUp;
    }

    /** {@link #start} for a run without a known source. */
    public static WarmUp start(String style, Supplier<Theme> loadTheme, boolean pdf) {
        return start(style, loadTheme, pdf, null, null);
    }

    /**
     * The document in {@code file}, named {@code displayName} in messages, when the background read that same
     * file under that name without error; its warnings are reported to {@code warnings} now, as reading it
     * here would have. Empty otherwise: the caller reads it (and reports any error) itself.
     */
    public Optional<Document> document(Path file, String displayName, Warnings warnings) {
        if (thread == null || !file.equals(sourceFile) || !displayName.equals(sourceName)) {
            return Optional.empty();
        }
        ReadSource read;
        try {
            read = source.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
        read.warnings().forEach(warnings::warn);
        return Optional.of(read.document());
    }

    /**
     * The theme for {@code --style requested}: the one loaded in the background when it was for the same
     * style and loaded without error, otherwise {@code load}'s (which then reports any error itself).
     */
    public Theme theme(String requested, Supplier<Theme> load) {
        if (thread != null && style != null && requested.equals(style)) {
            Theme loaded = loadedTheme();
            if (loaded != null) {
                return loaded;
            }
        }
        return load.get();
    }

    /** Waits until everything queued for rendering is done (or has failed). */
    public void awaitRender() {
        await(render);
    }

    /** Lets the background thread end once its queue is done. */
    @Override
    public void close() {
        if (thread != null) {
            thread.shutdown();
        }
    }

    /** The background's theme, or null when it failed (or was never loaded). */
    private Theme loadedTheme() {
        try {
            return theme.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private Future<?> submit(Runnable work) {
        try {
            return thread.submit(() -> {
                try {
                    work.run();
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    // Dropped: the main thread does the same work and reports this failure itself.
                }
            });
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null); // closed already: nothing to warm
        }
    }

    private static void await(Future<?> work) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The tasks catch their own failures; anything else the main thread meets again on its own.
        }
    }
}
