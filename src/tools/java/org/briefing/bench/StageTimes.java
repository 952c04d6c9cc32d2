package org.briefing.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.briefing.model.Document;
import org.briefing.model.Warnings;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.render.epub.EpubRenderer;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.text.TextRenderer;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/**
 * Cold, one-shot timings of each stage in one fresh JVM, in the order the CLI runs them, so the first
 * use of each stage pays its class loading and font loading as the CLI does. Complements the JMH
 * benchmarks, which measure warm steady state. Each stage shows wall time and the process's CPU time
 * (all threads: the EPUB paints its cover and deflates on helper threads; JIT and GC count too).
 * {@code StageTimes FILE.md [ROUNDS] [--epub]}: with {@code --epub} only the EPUB stage runs each round.
 */
public final class StageTimes {
    private StageTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        boolean epubOnly = List.of(args).contains("--epub");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "JVM start → main: %d ms%n", System.currentTimeMillis() - jvmStart);
        for (int round = 1; round <= rounds; round++) {
            System.out.println("round " + round);
            long t = System.nanoTime();
            String text = Files.readString(file);
            Document doc = new MarkdownReader().parse(text, file.getFileName().toString());
            t = lap("read", t);
            Theme theme = new ThemeLoader(Path.of("styles")).load("memo");
            t = lap("theme", t);
            Resources resources = Resources.NONE;
            RenderJob job = new RenderJob(doc, theme, resources, Warnings.IGNORE, RenderOptions.defaults());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (epubOnly) {
                new EpubRenderer().render(job, out);
                lap("epub (" + out.size() / 1024 + " KiB)", t);
                continue;
            }
            PdfRenderer pdf = new PdfRenderer();
            FontLibrary fonts = new FontLibrary(theme);
            List<Page> pages = pdf.layout(job, fonts);
            t = lap("pdf layout (" + pages.size() + " pages)", t);
            pdf.paint(job, fonts, pages, out);
            t = lap("pdf paint (" + out.size() / 1024 + " KiB)", t);
            out.reset();
            new EpubRenderer().render(job, out);
            t = lap("epub (" + out.size() / 1024 + " KiB)", t);
            out.reset();
            new TextRenderer().render(job, out);
            lap("text", t);
        }
    }

    private static long cpuAtLastLap = processCpu();

    private static long lap(String stage, long since) {
        long now = System.nanoTime();
        long cpu = processCpu();
        System.out.printf(Locale.ROOT, "  %-28s %7.1f ms wall %7.1f ms cpu%n", stage, (now - since) / 1e6,
                (cpu - cpuAtLastLap) / 1e6);
        cpuAtLastLap = cpu;
        return now;
    }

    /** CPU time of the whole process in nanoseconds, or -1 where the JVM does not tell. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
