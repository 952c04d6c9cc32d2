package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;

/**
 * The real CUPS queue {@code BriefingPDF} that {@code scripts/cups-start.sh} sets up: cups-pdf writes each
 * job it receives as a PDF into {@code $BRIEFING_CUPS_PDF_DIR} (default {@code /var/spool/cups-pdf/briefing}).
 * Outside CI a missing scheduler skips the tests; in CI ({@code CI=true}) it fails them, so a broken CUPS
 * setup cannot pass silently.
 */
public final class CupsPdfQueue {
    public static final String QUEUE = "BriefingPDF";
    /** How long a job may take from spooling to cups-pdf's finished file: generous for a loaded CI machine. */
    private static final long JOB_TIMEOUT_MS = 60_000;

    private final Path outputDir;

    private CupsPdfQueue(Path outputDir) {
        this.outputDir = outputDir;
    }

    /** The queue, or the test is skipped (locally) or failed (in CI) with how to start CUPS. */
    public static CupsPdfQueue require() {
        List<Printer> printers = Printers.system().list();
        if (printers.stream().noneMatch(p -> p.name().equals(QUEUE))) {
            unavailable("no CUPS queue '" + QUEUE + "' (printers seen: " + printers
                    + "); start CUPS with: sudo scripts/cups-start.sh");
        }
        Path dir = Path.of(Optional.ofNullable(System.getenv("BRIEFING_CUPS_PDF_DIR"))
                .orElse("/var/spool/cups-pdf/briefing"));
        if (!Files.isDirectory(dir)) {
            unavailable("cups-pdf output folder " + dir + " does not exist; run sudo scripts/cups-start.sh "
                    + "or set BRIEFING_CUPS_PDF_DIR");
        }
        return new CupsPdfQueue(dir);
    }

    /** Skips the test outside CI, fails it in CI. */
    public static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + why);
        }
        log("SKIPPED: " + why);
        Assumptions.abort(why);
    }

    /** A job name no earlier run used, so its output file is recognisable (letters and digits only). */
    static String uniqueJobName(String stem) {
        return stem + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT)
                + Integer.toString((int) (Math.random() * 46656), 36).toUpperCase(Locale.ROOT);
    }

    /**
     * Waits for cups-pdf's file for a job and returns its bytes once it parses as a whole PDF. cups-pdf
     * names the file after the job title, with a "-job_N" suffix (and, on Debian 12, stray characters
     * after the title), so the title must be followed by a character that cannot continue a job name.
     */
    public byte[] awaitOutput(String jobName) throws IOException, InterruptedException {
        return await(jobName, () -> find(jobName));
    }

    /** The PDF files cups-pdf has written so far. */
    public Set<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(outputDir)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    /**
     * Waits for a PDF that was not among {@code before} (for jobs whose title a test does not choose,
     * such as the memo's own title) and returns its bytes once it parses as a whole PDF.
     */
    public byte[] awaitNewOutput(Set<Path> before) throws IOException, InterruptedException {
        return await("a new job", () -> files().stream().filter(f -> !before.contains(f)).findFirst());
    }

    /** Finds a job's file; may fail reading the folder. */
    private interface FileFinder {
        Optional<Path> find() throws IOException;
    }

    private byte[] await(String jobName, FileFinder finder) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOB_TIMEOUT_MS);
        while (System.nanoTime() < deadline) {
            Optional<Path> file = finder.find();
            if (file.isPresent()) {
                byte[] bytes = Files.readAllBytes(file.get());
                if (parses(bytes)) {
                    return bytes;
                }
            }
            Thread.sleep(250);
        }
        fail("no output from cups-pdf for job '" + jobName + "' in " + outputDir + " after " + JOB_TIMEOUT_MS
                + " ms; jobs: " + run("lpstat", "-W", "all", "-o", QUEUE) + "; see /var/log/cups/error_log");
        throw new AssertionError("unreachable");
    }

    private Optional<Path> find(String jobName) throws IOException {
        try (Stream<Path> files = Files.list(outputDir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".pdf") && name.startsWith(jobName) && name.length() > jobName.length()
                        && !Character.isLetterOrDigit(name.charAt(jobName.length()));
            }).findFirst();
        }
    }

    private static boolean parses(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The words tesseract reads on a page, lower case. Java prints PDFBox's drawing as PostScript paths,
     * so the printed PDF has no text layer for PDFBox to extract; the text is read back from the image.
     */
    public static List<String> ocrWords(PDDocument printed, int pageIndex) throws IOException, InterruptedException {
        if (!onPath("tesseract")) {
            unavailable("tesseract (OCR) is not installed; scripts/cups-start.sh installs it");
        }
        BufferedImage image = new PDFRenderer(printed).renderImageWithDPI(pageIndex, 200, ImageType.GRAY);
        Path png = Files.createTempFile("briefing-ocr", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return words(run("tesseract", png.toString(), "stdout"));
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** Lower-case words of letters and digits, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Runs a command and returns its standard output (standard error is dropped). */
    public static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        process.waitFor();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Runs a command and returns its exit code. */
    static int exitCode(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Writes to the test log, which the CI keeps: job lists and what was printed. */
    public static void log(String line) {
        System.out.println("[cups] " + line);
    }
}
