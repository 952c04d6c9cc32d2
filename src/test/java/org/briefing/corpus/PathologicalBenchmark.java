package org.briefing.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;

/**
 * Measures each pathological shape at size n and 10n, per stage (reader, text, PDF, EPUB), and prints the
 * worst stage's ratio of times (each stage's time floored at 5 ms): about 10 means linear. Run with:
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xss8m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.briefing.corpus.PathologicalBenchmark [n] [shape...]
 * </pre>
 */
public final class PathologicalBenchmark {
    private static final String[] STAGES = {"read", "text", "pdf", "epub"};

    private PathologicalBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        // Warm the JIT on a mid-sized input so the first shape is not charged for class loading.
        for (Map.Entry<String, IntFunction<String>> shape : PathologicalInputs.all().entrySet()) {
            times(shape.getValue().apply(50));
        }
        System.out.printf("%-28s %6s %10s %10s %10s %10s %12s%n", "shape", "n", "read ms", "text ms", "pdf ms", "epub ms", "ratio");
        for (Map.Entry<String, IntFunction<String>> shape : PathologicalInputs.all().entrySet()) {
            if (!only.isEmpty() && !only.contains(shape.getKey())) {
                continue;
            }
            long[] small = times(shape.getValue().apply(n));
            long[] large = times(shape.getValue().apply(10 * n));
            print(shape.getKey(), n, small, null);
            print(shape.getKey(), 10 * n, large, small);
        }
    }

    private static void print(String name, int n, long[] t, long[] base) {
        String ratio = "";
        if (base != null) {
            // The worst stage's growth: the EPUB's fixed cost (fonts, about a second) would hide the rest.
            double worst = 0;
            String stage = "";
            for (int i = 0; i < t.length; i++) {
                double r = t[i] / (double) Math.max(5_000_000L, base[i]);
                if (r > worst) {
                    worst = r;
                    stage = STAGES[i];
                }
            }
            ratio = String.format("%.0fx %s", worst, stage);
        }
        System.out.printf("%-28s %6d %10d %10d %10d %10d %12s%n", name, n, t[0] / 1_000_000, t[1] / 1_000_000,
                t[2] / 1_000_000, t[3] / 1_000_000, ratio);
    }

    /** Nanoseconds per stage; a failing stage is reported and counted as -1. */
    static long[] times(String body) {
        long[] t = new long[STAGES.length];
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
        return t;
    }
}
