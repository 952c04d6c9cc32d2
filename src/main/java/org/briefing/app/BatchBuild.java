package org.briefing.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.briefing.model.BriefingException;
import org.briefing.render.RenderJob;
import org.briefing.render.Renderer;
import org.briefing.render.Renderers;

/**
 * Publishes many sources in parallel on a small fixed pool. Each source is parsed once and rendered
 * to every requested format; one failing source does not stop the others.
 */
public final class BatchBuild {
    /**
     * What happened to one source.
     *
     * @param written the files written, even when a later format failed
     * @param failure the first failure, or null on success
     */
    public record Outcome(Path source, String displayName, List<Path> written, BriefingException failure,
                          Duration time) {
        public Outcome {
            written = List.copyOf(written);
        }

        public boolean ok() {
            return failure == null;
        }
    }

    /** Told about each source as soon as it is done (from worker threads, one call at a time). */
    @FunctionalInterface
    public interface Progress {
        void finished(Outcome outcome, int done, int total);
    }

    private final Publisher publisher;
    private final List<String> formats;
    private final Path outputDir;
    private final int threads;

    /**
     * @param formats   format names, each known to {@link Renderers}
     * @param outputDir where {@code <slug>.<extension>} files go
     * @param threads   worker threads, at least 1
     */
    public BatchBuild(Publisher publisher, List<String> formats, Path outputDir, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.publisher = publisher;
        this.formats = List.copyOf(formats);
        this.outputDir = outputDir;
        this.threads = threads;
    }

    /** Builds every source; the outcomes are in the order of {@code sources}. */
    public List<Outcome> run(List<Path> sources, Function<Path, String> displayName, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, sources.size())));
        // Threads the documents leave idle (e.g. one source, -j 2) render a document's formats side by side.
        boolean formatsAtOnce = sources.size() < threads && formats.size() > 1;
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path source : sources) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = build(source, displayName, formatsAtOnce);
                    synchronized (progressLock) {
                        progress.finished(outcome, done.incrementAndGet(), sources.size());
                    }
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefingException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new BriefingException("build failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code names} shows a path as the user would write it, for the source and for its outputs. */
    private Outcome build(Path source, Function<Path, String> names, boolean formatsAtOnce) {
        String displayName = names.apply(source);
        long start = System.nanoTime();
        List<Path> written = new ArrayList<>();
        BriefingException failure = null;
        try {
            Publisher.Prepared prepared = publisher.read(source, displayName);
            // Fresh renderer instances per document: renderers need not be thread-safe.
            Renderers renderers = Renderers.discover();
            List<FormatResult> results = formatsAtOnce ? renderAtOnce(prepared, renderers, names)
                    : renderInTurn(prepared, renderers, names);
            for (FormatResult result : results) {
                if (result.written() != null) {
                    written.add(result.written());
                }
                if (result.failure() != null && failure == null) {
                    failure = result.failure();
                }
            }
        } catch (BriefingException e) {
            failure = e;
        } catch (RuntimeException | StackOverflowError e) {
            failure = new BriefingException(displayName + ": internal error: " + e, e);
        }
        return new Outcome(source, displayName, written, failure, Duration.ofNanos(System.nanoTime() - start));
    }

    /** One format's file, or why there is none. */
    private record FormatResult(Path written, BriefingException failure) {
    }

    private List<FormatResult> renderInTurn(Publisher.Prepared prepared, Renderers renderers,
                                            Function<Path, String> names) {
        List<FormatResult> results = new ArrayList<>();
        for (String format : formats) {
            results.add(render(prepared, renderers, format, names));
        }
        return results;
    }

    /**
     * Renders every format at once, the first in this thread. Each format's warnings are held back and
     * passed on in format order afterwards, so messages come out as they would one format at a time.
     */
    private List<FormatResult> renderAtOnce(Publisher.Prepared prepared, Renderers renderers,
                                            Function<Path, String> names) {
        RenderJob job = prepared.job();
        List<List<String>> held = new ArrayList<>();
        List<Publisher.Prepared> perFormat = new ArrayList<>();
        for (int i = 0; i < formats.size(); i++) {
            List<String> messages = Collections.synchronizedList(new ArrayList<>());
            held.add(messages);
            perFormat.add(new Publisher.Prepared(prepared.file(), prepared.displayName(), new RenderJob(
                    job.document(), job.theme(), job.resources(), messages::add, job.options())));
        }
        ExecutorService helpers = Executors.newFixedThreadPool(formats.size() - 1);
        try {
            List<Future<FormatResult>> others = new ArrayList<>();
            for (int i = 1; i < formats.size(); i++) {
                int at = i;
                others.add(helpers.submit(() -> render(perFormat.get(at), renderers, formats.get(at), names)));
            }
            List<FormatResult> results = new ArrayList<>();
            results.add(render(perFormat.get(0), renderers, formats.get(0), names));
            for (Future<FormatResult> other : others) {
                results.add(other.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefingException(prepared.displayName() + ": build interrupted", e);
        } catch (ExecutionException e) {
            throw BriefingException.fromTask(e, prepared.displayName() + ": internal error");
        } finally {
            helpers.shutdownNow();
            for (List<String> messages : held) {
                messages.forEach(job.warnings()::warn);
            }
        }
    }

    private FormatResult render(Publisher.Prepared prepared, Renderers renderers, String format,
                                Function<Path, String> names) {
        try {
            Renderer renderer = renderers.get(format);
            Path target = outputDir.resolve(prepared.slug() + "." + renderer.extension());
            publisher.write(prepared, renderer, target, names.apply(target));
            return new FormatResult(target, null);
        } catch (BriefingException e) {
            return new FormatResult(null, e);
        }
    }
}
