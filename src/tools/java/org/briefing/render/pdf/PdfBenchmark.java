package org.briefing.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;

/**
 * Benchmark harness (not a test): renders the seed memo's body repeated 100 times and reports pages per
 * second and peak heap. Run with
 * <pre>
 * mvn -q -o -Ptools test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.briefing.render.pdf.PdfBenchmark [repeats] [runs]
 * </pre>
 */
public final class PdfBenchmark {
    private PdfBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Document seed = PdfFixtures.read(PdfFixtures.SEED);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            blocks.addAll(seed.blocks());
        }
        Document big = new Document(seed.sourceName(), seed.metadata(), blocks, seed.footnotes());
        RenderJob job = new RenderJob(big, PdfFixtures.theme(), Resources.NONE, w -> { },
                RenderOptions.defaults().withTimestamp(PdfFixtures.TIME));
        System.out.printf("seed body x %d, %d measured runs after one warm-up%n", repeats, runs);
        render(job); // warm-up: class loading, JIT, font files
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            bytes = render(job);
        }
        double seconds = (System.nanoTime() - start) / 1e9 / runs;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        int pages = countPages(job);
        System.out.printf("pages: %d, size: %d KiB%n", pages, bytes / 1024);
        System.out.printf("time per render: %.2f s, %.1f pages/s%n", seconds, pages / seconds);
        System.out.printf("peak heap (sum of pool peaks): %d MiB%n", peak / (1024 * 1024));
    }

    private static long render(RenderJob job) throws IOException {
        CountingStream out = new CountingStream();
        new PdfRenderer().render(job, out);
        return out.count;
    }

    private static int countPages(RenderJob job) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new PdfRenderer().render(job, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return doc.getNumberOfPages();
        }
    }

    /** Discards output, counting bytes. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

}
