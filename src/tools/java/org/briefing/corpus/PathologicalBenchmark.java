package org.briefing.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;

/**
 * Measures each pathological shape at size n and 10n (or at the sizes given as {@code 300,3000,30000}), per
 * stage (reader, text, PDF, EPUB), and prints the worst stage's ratio of times to the previous size (each
 * stage's time floored at 5 ms): about 10 per tenfold size means linear. Each size is run twice and the
 * faster run kept, and the process's CPU time is printed too: on a shared machine wall-clock time is noisy.
 * Run with:
 * <pre>
 * mvn -q -B -o -Ptools test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xss8m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.briefing.corpus.PathologicalBenchmark [n|n1,n2,...] [shape...]
 * </pre>
 * Shape names with spaces are quoted, e.g. {@code 300,3000,30000 "nested emphasis" "huge table"}.
 */
public final class PathologicalBenchmark {
    private static final String[] STAGES = {"read", "text", "pdf", "epub"};
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private PathologicalBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = sizes(args.length > 0 ? args[0] : "1000");
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        // Warm the JIT on a mid-sized input so the first shape is not charged for class loading.
        for (Map.Entry<String, IntFunction<String>> shape : PathologicalInputs.all().entrySet()) {
            times(shape.getValue().apply(50));
        }
        System.out.printf("%-28s %6s %10s %10s %10s %10s %10s  %s%n", "shape", "n", "read ms", "text ms", "pdf ms",
                "epub ms", "cpu ms", "ratio");
        for (Map.Entry<String, IntFunction<String>> shape : PathologicalInputs.all().entrySet()) {
            if (!only.isEmpty() && !only.contains(shape.getKey())) {
                continue;
            }
            long[] previous = null;
            for (int n : sizes) {
                long[] t = best(times(shape.getValue().apply(n)), times(shape.getValue().apply(n)));
                print(shape.getKey(), n, t, previous);
                previous = t;
            }
        }
    }

    /** "n" means n and 10n; "a,b,c" those sizes. */
    private static int[] sizes(String arg) {
        if (!arg.contains(",")) {
            int n = Integer.parseInt(arg);
            return new int[] {n, 10 * n};
        }
        return java.util.Arrays.stream(arg.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Per stage the faster of two runs (a failed stage stays failed). */
    private static long[] best(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] < 0 || b[i] < 0 ? -1 : Math.min(a[i], b[i]);
        }
        return out;
    }

    private static void print(String name, int n, long[] t, long[] base) {
        String ratio = "";
        if (base != null) {
            // The worst stage's growth: the EPUB's fixed cost (fonts, about a second) would hide the rest.
            double worst = 0;
            String stage = "";
            for (int i = 0; i < STAGES.length; i++) {
                double r = t[i] / (double) Math.max(5_000_000L, base[i]);
                if (r > worst) {
                    worst = r;
                    stage = STAGES[i];
                }
            }
            double cpu = t[STAGES.length] / (double) Math.max(5_000_000L, base[STAGES.length]);
            ratio = String.format("%.0fx %s, cpu %.0fx", worst, stage, cpu);
        }
        System.out.printf("%-28s %6d %10d %10d %10d %10d %10d  %s%n", name, n, t[0] / 1_000_000, t[1] / 1_000_000,
                t[2] / 1_000_000, t[3] / 1_000_000, t[STAGES.length] / 1_000_000, ratio);
    }

    /**
     * Nanoseconds per stage, then the process's CPU nanoseconds for all stages (garbage collection and the
     * JIT included); a failing stage is reported and counted as -1.
     */
    static long[] times(String body) {
        long[] t = new long[STAGES.length + 1];
        long cpu = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        Document document;
        try {
            document = new MarkdownReader().parse("---\ntitle: Pathological\n---\n\n" + body, "pathological.md");
        } catch (RuntimeException | StackOverflowError e) {
            System.out.println("  read failed: " + e);
            return t;
        }
        t[0] = System.nanoTime() - start;
        for (int i = 1; i < STAGES.length; i++) {
            start = System.nanoTime();
            try {
                Outputs.render(STAGES[i], document, Resources.NONE, new ArrayList<>());
                t[i] = System.nanoTime() - start;
            } catch (RuntimeException | StackOverflowError e) {
                System.out.println("  " + STAGES[i] + " failed: " + e);
                t[i] = -1;
            }
        }
        t[STAGES.length] = PROCESS.getProcessCpuTime() - cpu;
        return t;
    }
}
