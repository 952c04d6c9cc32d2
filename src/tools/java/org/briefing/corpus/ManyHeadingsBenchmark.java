package org.briefing.corpus;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;

/**
 * Measures PDF and EPUB rendering of a briefing made of n headings (issue 15: deep outlines and navigation),
 * printing wall time, process CPU time and the peak heap after each stage. One size per JVM, so the peak
 * heap belongs to that size alone; keep the default thread stack (no -Xss), since the point is that the
 * output needs no deep recursion. Run with:
 * <pre>
 * mvn -q -o -Ptools test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.briefing.corpus.ManyHeadingsBenchmark 10000 pdf
 * </pre>
 */
public final class ManyHeadingsBenchmark {
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ManyHeadingsBenchmark() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        String format = args.length > 1 ? args[1] : "pdf";
        Document warm = new MarkdownReader().parse("---\ntitle: Headings\n---\n\n" + PathologicalInputs.manyHeadings(20, 1), "warm.md");
        Outputs.render(format, warm, Resources.NONE, new ArrayList<>());
        Document document = new MarkdownReader().parse("---\ntitle: Headings\n---\n\n" + PathologicalInputs.manyHeadings(n, Integer.getInteger("levels", 1)), "headings.md");
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        long cpu = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        String outcome;
        int bytes = 0;
        try {
            bytes = Outputs.render(format, document, Resources.NONE, new ArrayList<>()).length;
            outcome = "ok";
        } catch (RuntimeException | StackOverflowError e) {
            outcome = e.getClass().getSimpleName();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (PROCESS.getProcessCpuTime() - cpu) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1 << 20);
        System.out.printf("%s n=%d %s wall=%d ms cpu=%d ms heap-peak-sum=%d MiB bytes=%d%n", format, n, outcome,
                wall, cpuMs, peak, bytes);
    }
}
