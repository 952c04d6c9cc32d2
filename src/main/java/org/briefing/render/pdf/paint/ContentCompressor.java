package org.briefing.render.pdf.paint;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.zip.Deflater;
import org.briefing.model.BriefingException;

/**
 * Deflates pages' content streams, on a helper thread for a long document, so the painter goes on to the
 * next page meanwhile (deflating was about a tenth of painting a 126-page memo). Both ways use the same
 * deflater settings, so the bytes are the same.
 */
final class ContentCompressor implements AutoCloseable {
    /** Pages a document needs before a helper thread pays for its start-up. */
    static final int PARALLEL_PAGES = 16;
    private final ExecutorService helper;

    /** Whether a document of {@code pages} gets a helper ({@code -Dbriefing.pdf.deflateHelper} overrides). */
    static boolean helperFor(int pages) {
        String forced = System.getProperty("briefing.pdf.deflateHelper");
        return forced != null ? Boolean.parseBoolean(forced) : pages >= PARALLEL_PAGES;
    }

    /** A compressor with a helper thread, or none (each stream deflated when it is handed in). */
    ContentCompressor(boolean useHelper) {
        this.helper = useHelper ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "briefing-deflate");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** The deflated form of {@code length} bytes of {@code data}, which the caller no longer changes. */
    Future<byte[]> deflate(byte[] data, int length) {
        FutureTask<byte[]> task = new FutureTask<>(() -> deflateNow(data, length));
        if (helper != null) {
            helper.execute(task);
        } else {
            task.run();
        }
        return task;
    }

    /** Zlib-wrapped deflate at the default level, as PDFBox's Flate filter writes it. */
    static byte[] deflateNow(byte[] data, int length) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data, 0, length);
            deflater.finish();
            byte[] out = new byte[Math.max(64, length / 4)];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return java.util.Arrays.copyOf(out, n);
        } finally {
            deflater.end();
        }
    }

    /** The result of {@link #deflate}, waiting for the helper if it is still at work. */
    static byte[] get(Future<byte[]> deflated) {
        try {
            return deflated.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefingException("interrupted while compressing a page", e);
        } catch (ExecutionException e) {
            throw new BriefingException("compressing a page failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        if (helper != null) {
            helper.shutdown();
        }
    }
}
