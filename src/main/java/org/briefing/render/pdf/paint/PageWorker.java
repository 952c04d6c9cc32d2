package org.briefing.render.pdf.paint;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.briefing.model.BriefingException;

/**
 * Runs the drawing of pages' content streams ({@link PageContent#draw}) on a helper thread once a long
 * document is past its first pages, so the painter goes on tagging the next page meanwhile. A page's content
 * depends only on its items, its tags and the font numbering, so it is the same on either thread; whoever
 * asks for a page first draws it.
 */
final class PageWorker implements AutoCloseable {
    private final boolean useHelper;
    private final int drawFirst;
    private int submitted;
    private ExecutorService helper;

    /**
     * Whether to draw on a helper by default: when there is a spare core ({@code -Dbriefing.pdf.paintHelper}
     * overrides). It starts only after {@link #defaultWarmup} pages, so a short memo never starts one.
     */
    static boolean helperByDefault() {
        String forced = System.getProperty("briefing.pdf.paintHelper");
        return forced != null ? Boolean.parseBoolean(forced) : Runtime.getRuntime().availableProcessors() > 1;
    }

    /** A worker with a helper thread, or none (each task runs when it is handed in). */
    PageWorker(boolean useHelper) {
        this(useHelper, 0);
    }

    /**
     * A worker whose helper starts only after the first {@code drawFirst} pages were drawn as they were
     * handed in, so that in a cold JVM the helper does not interpret the code the caller is still warming.
     */
    PageWorker(boolean useHelper, int drawFirst) {
        this.useHelper = useHelper;
        this.drawFirst = drawFirst;
    }

    /**
     * Pages drawn here before the helper starts ({@code -Dbriefing.pdf.paintWarmup=N}): in a cold JVM a
     * helper from the first page interprets the drawing code this thread is still warming (see
     * {@code SettingQueue.defaultWarmup} for the measurements).
     */
    static int defaultWarmup() {
        return Math.max(0, Integer.getInteger("briefing.pdf.paintWarmup", 30));
    }

    /** Work whose result is taken later with {@link #get}; it may start at once on the helper. */
    <T> FutureTask<T> submit(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (useHelper && submitted++ >= drawFirst) {
            if (helper == null) {
                helper = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "briefing-paint");
                    t.setDaemon(true);
                    return t;
                });
            }
            helper.execute(task);
        } else {
            task.run();
        }
        return task;
    }

    /**
     * The result of {@code tasks[i]}; runs it here if the helper has not started it (a task runs once either
     * way), and while the helper is at it, draws later pages rather than wait.
     */
    static <T> T get(List<FutureTask<T>> tasks, int i) {
        FutureTask<T> task = tasks.get(i);
        for (int j = i; j < tasks.size() && !task.isDone(); j++) {
            tasks.get(j).run();
        }
        return get(task);
    }

    /** The result; runs the work here if the helper has not started it (a task runs once either way). */
    static <T> T get(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefingException("interrupted while painting a page", e);
        } catch (ExecutionException e) {
            throw BriefingException.fromTask(e, "painting a page failed");
        }
    }

    @Override
    public void close() {
        if (helper != null) {
            helper.shutdown();
        }
    }
}
