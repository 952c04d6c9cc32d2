package org.briefing.render.pdf.layout.flow;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import org.briefing.model.BriefingException;

/**
 * Sets paragraphs on helper threads while layout walks the document. A paragraph's lines depend only on
 * its spans, its style and the measure, so they can be set in any order on any thread; the flow takes them
 * back in document order ({@link Pending#get}), and whichever thread asks first does the work, so the
 * result never depends on the timing. With no helpers every paragraph is set at once, where it is submitted.
 */
final class SettingQueue implements AutoCloseable {
    /**
     * Paragraphs the caller sets before helpers start, by default (why: the two-argument constructor). Short
     * documents, such as the seed (9 paragraphs) or ten copies of its body (100), never start a helper.
     */
    static final int DEFAULT_WARMUP = 300;
    private static final FutureTask<Object> STOP = new FutureTask<>(() -> null);
    private final BlockingQueue<FutureTask<?>> queue = new LinkedBlockingQueue<>();
    private final Thread[] helpers;
    /** Paragraphs the caller sets itself, as they come, before helpers start. */
    private final int setFirst;
    private int submitted;
    private boolean started;

    /** A queue with {@code helpers} threads setting paragraphs (0: everything is set by the caller). */
    SettingQueue(int helpers) {
        this(helpers, 0);
    }

    /**
     * A queue whose {@code helpers} threads start only after the caller has set the first {@code setFirst}
     * paragraphs itself: in a cold JVM the helpers would otherwise interpret the same code the caller is
     * still interpreting, while the compiler competes with them for the second core.
     */
    SettingQueue(int helpers, int setFirst) {
        this.helpers = new Thread[helpers];
        this.setFirst = setFirst;
    }

    private void start() {
        started = true;
        for (int i = 0; i < helpers.length; i++) {
            Thread t = new Thread(this::work, "briefing-setting-" + i);
            t.setDaemon(true);
            helpers[i] = t;
            t.start();
        }
    }

    /** Helpers by default: one per spare core, at most two. */
    static int defaultHelpers() {
        return Math.max(0, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** Work whose result is taken later; with helpers it may start at once on one of them. */
    <T> Pending<T> submit(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (helpers.length > 0 && submitted++ >= setFirst) {
            if (!started) {
                start();
            }
            queue.add(task);
        } else {
            // Set at once, where it is submitted: a line log then lists lines in the order they are set.
            task.run();
        }
        return new Pending<>(task, this);
    }

    /**
     * Runs queued work on the calling thread until {@code awaited} is done or nothing is left to take, so a
     * thread that asks for a paragraph a helper is still setting sets later ones meanwhile, not waits.
     */
    private void helpUntilDone(FutureTask<?> awaited) {
        while (!awaited.isDone()) {
            FutureTask<?> next = queue.poll();
            if (next == null) {
                return;
            }
            if (next == STOP) {
                queue.add(STOP); // not ours to take: a helper stops on it
                return;
            }
            next.run();
        }
    }

    private void work() {
        try {
            for (FutureTask<?> task = queue.take(); task != STOP; task = queue.take()) {
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the helpers; work not yet taken is done by whoever asks for it. */
    @Override
    public void close() {
        queue.clear();
        if (started) {
            for (int i = 0; i < helpers.length; i++) {
                queue.add(STOP);
            }
        }
    }

    /** A result that is set on first demand unless a helper has set it already. */
    static final class Pending<T> {
        private final FutureTask<T> task;
        private final SettingQueue queue;

        private Pending(FutureTask<T> task, SettingQueue queue) {
            this.task = task;
            this.queue = queue;
        }

        /** Whether the work is done (set at once when it was submitted before the helpers started). */
        boolean done() {
            return task.isDone();
        }

        /**
         * The result; runs the work here if no helper has taken it (a task runs once either way), and while
         * a helper is at it, takes on later work.
         */
        T get() {
            task.run();
            queue.helpUntilDone(task);
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                throw BriefingException.fromTask(e, "setting a paragraph failed");
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
