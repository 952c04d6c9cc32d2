package org.briefing.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.flow.DocumentLayouter;
import org.briefing.render.pdf.layout.flow.ImageSource;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.render.pdf.layout.inline.KnuthPlassLineBreaker;
import org.briefing.render.pdf.paint.DocumentInfo;
import org.briefing.render.pdf.paint.PdfPainter;
import org.briefing.render.pdf.paint.PdfStandard;
import org.briefing.hyphen.Hyphenator;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/**
 * Layout and painting of one briefing in one JVM, rounds alternating between one thread and helper threads
 * setting paragraphs beside the main thread, with the median wall and process CPU time of
 * the warm rounds (the first third is left out), and whether both gave the same bytes.
 * {@code ParallelPdfTimes FILE.md [ROUNDS] [HELPERS]}.
 */
public final class ParallelPdfTimes {
    private ParallelPdfTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int helpers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Document doc = new MarkdownReader().parse(Files.readString(file), file.getFileName().toString());
        Theme theme = new ThemeLoader(Path.of("styles")).load("memo");
        Hyphenation words = Hyphenator.forLanguage("en").orElseThrow()::points;
        List<List<Double>> wall = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        byte[][] last = new byte[2][];
        for (int round = 0; round < rounds; round++) {
            for (int mode = 0; mode < 2; mode++) {
                long t = System.nanoTime();
                long c = processCpu();
                FontLibrary fonts = new FontLibrary(theme);
                LaidOutDocument laidOut = new DocumentLayouter(theme, fonts, new KnuthPlassLineBreaker(),
                        ImageSource.NONE, words, null, mode == 0 ? 0 : helpers).layoutWithStructure(doc);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new PdfPainter(fonts, new DocumentInfo("t", "a", "s", List.of(), "en", Instant.EPOCH, "bench"),
                        PdfStandard.of("ua1+a2a"), laidOut.structure()).paint(laidOut.pages(), out);
                last[mode] = out.toByteArray();
                if (round >= rounds / 3) {
                    wall.get(mode).add((System.nanoTime() - t) / 1e6);
                    cpu.get(mode).add((processCpu() - c) / 1e6);
                }
            }
        }
        String[] names = {"one thread", helpers + " helper(s)"};
        for (int mode = 0; mode < 2; mode++) {
            System.out.printf(Locale.ROOT, "%-12s wall %6.0f ms  cpu %6.0f ms  (median of %d warm rounds)%n",
                    names[mode], median(wall.get(mode)), median(cpu.get(mode)), wall.get(mode).size());
        }
        System.out.println("same bytes: " + java.util.Arrays.equals(last[0], last[1]));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
