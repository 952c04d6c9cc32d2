package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.paper.CupsPdfQueue;
import org.briefing.render.Renderers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing print --printer} and {@code briefing printers} from the shaded jar, against real CUPS. */
class PaperPrintIT {
    private static final Path JAR = Path.of(System.getProperty("briefing.jar", "target/briefing.jar")).toAbsolutePath();
    private static final String SEED = "source/north-korea-us-china-cooperation.md";

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result jar(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        return new Result(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Printing renders the PDF memo first; until the PDF renderer is on the class path there is nothing to print. */
    private static void assumePdfRenderer() {
        Assumptions.assumeTrue(Renderers.discover().has("pdf"), "no 'pdf' renderer on the class path yet");
    }

    @Test
    void printsTheSeedMemoOnTheDefaultPrinterAndListsPrinters() throws Exception {
        assumePdfRenderer();
        CupsPdfQueue queue = CupsPdfQueue.require();
        Result printers = jar(Map.of(), "printers");
        assertEquals(0, printers.exit(), printers.err());
        assertTrue(printers.out().lines().anyMatch(l -> l.equals(CupsPdfQueue.QUEUE + "  (default)")), printers.out());

        Set<Path> before = queue.files();
        Result print = jar(Map.of(), "print", SEED, "--printer");
        assertEquals(0, print.exit(), print.err());
        assertTrue(print.out().startsWith("Sent "), print.out());
        try (PDDocument printed = Loader.loadPDF(queue.awaitNewOutput(before))) {
            assertTrue(print.out().startsWith("Sent " + printed.getNumberOfPages() + " pages to BriefingPDF (a4)"),
                    print.out() + " vs " + printed.getNumberOfPages() + " printed pages");
            // What is on the pages is checked in org.briefing.paper.SeedMemoCupsIT; here, that the CLI got it there.
            assertTrue(Math.abs(printed.getPage(0).getMediaBox().getWidth() - 595.28f) < 1, "A4 width");
        }
    }

    @Test
    void badPrintingInputExitsWithTwo() throws Exception {
        CupsPdfQueue.require();
        Result unknown = jar(Map.of(), "print", SEED, "--printer", "NoSuchPrinter");
        assertEquals(2, unknown.exit());
        assertEquals("briefing: error: unknown printer 'NoSuchPrinter'; known printers: BriefingPDF (default)",
                unknown.err().strip());
        Result noPrinter = jar(Map.of(), "print", SEED, "--copies", "2");
        assertEquals(2, noPrinter.exit());
        assertTrue(noPrinter.err().contains("need --printer"), noPrinter.err());
        Result zero = jar(Map.of(), "print", SEED, "--printer", "--copies", "0");
        assertEquals(2, zero.exit());
        assertEquals("briefing: error: --copies must be at least 1, got 0", zero.err().strip());
    }

    @Test
    void aPageRangeOutsideTheMemoExitsWithTwo() throws Exception {
        assumePdfRenderer();
        CupsPdfQueue.require();
        Result range = jar(Map.of(), "print", SEED, "--printer", "--pages", "7-9");
        assertEquals(2, range.exit());
        assertTrue(range.err().startsWith("briefing: error: page range 7-9 is outside the document"), range.err());
    }

    @Test
    void withoutCupsPrintingAndListingExitWithTwo() throws Exception {
        Map<String, String> nowhere = Map.of("CUPS_SERVER", "127.0.0.1:9");
        for (Result result : List.of(jar(nowhere, "print", SEED, "--printer"), jar(nowhere, "printers"))) {
            assertEquals(2, result.exit(), result.err());
            assertTrue(result.err().startsWith("briefing: error: no printer available: is a CUPS scheduler running?"),
                    result.err());
        }
    }
}
