package org.briefing.render.pdf.layout;

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
    private static final FutureTask<Object> STOP = new FutureTask<>(() -> null);
    private final BlockingQueue<FutureTask<?>> queue = new LinkedBlockingQueue<>();
    private final Thread[] helpers;

    /** A queue with {@code helpers} threads setting paragraphs (0: everything is set by the caller). */
    SettingQueue(int helpers) {
        this.helpers = new Thread[helpers];
        for (int i = 0; i < helpers; i++) {
            Thread t = new Thread(this::work, "briefing-setting-" + i);
            t.setDaemon(true);
            this.helpers[i] = t;
            t.start();
        }
    }

    /**
     * Helpers for the command line: none unless {@code -Dbriefing.pdf.settingHelpers=N} asks. Measured on the
     * 100x briefing (126 pages, cold JVM, both cores ours): one helper left the wall time as it was (1.34 s
     * against 1.36 s) and cost 0.3 s more CPU, because the second core is already busy compiling (C1, about
     * 0.45 s), collecting and reading; warm, in one JVM, the same helper cut layout and painting by a third.
     */
    static int defaultHelpers() {
        return Math.max(0, Integer.getInteger("briefing.pdf.settingHelpers", 0));
    }

    /** Work whose result is taken later; with helpers it may start at once on one of them. */
    <T> Pending<T> submit(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (helpers.length > 0) {
            queue.add(task);
        } else {
            // Set at once, as before there were helpers: a line log then lists lines in the order they are set.
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
        for (int i = 0; i < helpers.length; i++) {
            queue.add(STOP);
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
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new BriefingException("setting a paragraph failed: " + cause, cause);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
