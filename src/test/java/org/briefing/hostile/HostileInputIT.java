package org.briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 15's hostile-input suite: every case of the table (sources, front matter, links and HTML, themes,
 * fonts, images, file names and the environment) run through the whole command line, mostly in this JVM,
 * a few as a real process on the shaded jar. For each case:
 * <ul>
 *   <li>the exit code is one the case allows: 0 or 2 for any input, 1 only where the environment fails;</li>
 *   <li>on exit 1 or 2, stderr has exactly one {@code briefing: error: } line, naming the case's file:line;
 *       on exit 0 a case may require a {@code briefing: warning: } line naming it;</li>
 *   <li>no stack trace on stderr;</li>
 *   <li>no {@code *.part} or other temporary file is left in the case folder, and on a failed run the
 *       previous good outputs ({@code output/memo.pdf} and {@code .epub}, bytes written before the run)
 *       are unchanged;</li>
 *   <li>every PDF the run wrote passes qpdf --check, PDFBox re-open, veraPDF PDF/UA-1 and PDF/A-2a, and
 *       every EPUB passes EPUBCheck with no error and no warning;</li>
 *   <li>then the case's own checks (no {@code javascript:} link, no script text, language kept…).</li>
 * </ul>
 * The expectations are the behaviour the issue requires, not necessarily today's. A failing case is
 * listed with its first reason in {@code target/hostile-input-report.txt}.
 *
 * <p>To add a case: add a line to the family's {@code *Cases} class, usually
 * {@code Cases.pdf(family, "what is hostile", Fixtures.source(markdown), Expect.bad("memo.md:3"))} — or
 * {@code Cases.pdfAndEpub} for both renderers, {@code Expect.ok()}, {@code warns(where)} or
 * {@code okOrBad(where)} — and {@code .and(Checks.…)} for a check of its own. A case needing a real process
 * uses {@code Launches.process} or {@code Launches.builder}. Run the suite alone with
 * {@code mvn -o -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HostileInputIT verify}.
 *
 * <p>Cases run two at a time (Failsafe's JUnit configuration): each has its own folder, and runs either in
 * this JVM through its own {@code CliContext} (environment, streams, working folder) or as its own process.
 */
@Execution(ExecutionMode.CONCURRENT)
class HostileInputIT {
    /** Bytes no renderer writes, so that a replaced or damaged previous output is seen. */
    private static final byte[] PREVIOUS_PDF = "%PDF-1.7 previous good memo\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PREVIOUS_EPUB = "PK previous good book\n".getBytes(StandardCharsets.US_ASCII);
    private static final Duration CASE_TIMEOUT = Duration.ofSeconds(60);
    private static final Map<String, String> FAILURES = new ConcurrentSkipListMap<>();

    @TempDir
    static Path root;

    static List<HostileCase> table() throws Exception {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(ControlCharacterCases.all());
        cases.addAll(SourceTextCases.all());
        cases.addAll(FrontMatterCases.all());
        cases.addAll(LinkAndHtmlCases.all());
        cases.addAll(ThemeCases.all());
        cases.addAll(FontAndImageCases.all());
        cases.addAll(FileAndEnvironmentCases.all());
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> hostileInputs() throws Exception {
        List<HostileCase> cases = table();
        assertTrue(cases.size() >= 220, "the issue asks for at least 220 cases, the table has " + cases.size());
        long distinct = cases.stream().map(HostileCase::name).distinct().count();
        assertTrue(distinct == cases.size(), "case names must be distinct");
        // -Dhostile.cases=REGEX runs the cases whose name it finds; -Dhostile.from=N starts at case N.
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("hostile.cases", ""));
        int from = Integer.getInteger("hostile.from", 1);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            HostileCase c = cases.get(i);
            int n = i + 1;
            if (n >= from && only.matcher(c.name()).find()) {
                tests.add(DynamicTest.dynamicTest(String.format("%03d %s", n, c.name()), () -> runCase(n, c)));
            }
        }
        return tests.stream();
    }

    @AfterAll
    static void report() throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            List<String> lines = new ArrayList<>();
            lines.add(FAILURES.size() + " failing hostile-input cases");
            FAILURES.forEach((name, reason) -> lines.add(name + "\t" + reason));
            Files.write(target.resolve("hostile-input-report.txt"), lines, StandardCharsets.UTF_8);
        }
        // Failsafe's reports drop some of the concurrently run cases (489 ran, 272 reported), so a failure
        // must also fail the class, where it cannot be lost.
        assertTrue(FAILURES.isEmpty(), FAILURES.size() + " failing hostile-input cases: " + FAILURES.keySet());
    }

    private static void runCase(int number, HostileCase hostile) throws Throwable {
        long start = System.nanoTime();
        String outcome = "fail";
        try {
            runCaseIn(number, hostile);
            outcome = "ok";
        } catch (org.opentest4j.TestAbortedException e) {
            outcome = "skipped";
            throw e;
        } finally {
            progress(String.format("%03d %-7s %6d ms  %s%s", number, outcome, (System.nanoTime() - start) / 1_000_000,
                    hostile.name(), outcome.equals("fail") ? "\t" + FAILURES.get(hostile.name()) : ""));
        }
    }

    /** One line per case as it ends, so that a slow or hanging case is seen while the suite runs. */
    private static synchronized void progress(String line) {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try {
                Files.writeString(target.resolve("hostile-input-progress.txt"), line + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                // Progress is a convenience; the case's result is what matters.
            }
        }
    }

    private static void runCaseIn(int number, HostileCase hostile) throws Throwable {
        Path dir = Files.createDirectory(root.resolve(String.format("case-%03d", number)));
        try {
            Files.createDirectories(dir.resolve("source"));
            Files.createDirectories(dir.resolve("output"));
            Files.write(dir.resolve("output/memo.pdf"), PREVIOUS_PDF);
            Files.write(dir.resolve("output/memo.epub"), PREVIOUS_EPUB);
            hostile.setup().prepare(dir);
            Map<Path, String> outputBefore = digests(dir.resolve("output"), p -> true);
            Map<Path, String> artifactsBefore = digests(dir, HostileInputIT::isArtifact);
            Run run = Assertions.assertTimeoutPreemptively(CASE_TIMEOUT, () -> hostile.launch().start(dir),
                    "the run hangs");
            List<String> problems = new ArrayList<>();
            checkRun(hostile.expect(), run, problems);
            checkLeftovers(dir, outputBefore.keySet(), problems);
            // A build writes the documents that succeed; what was there before must be as it was.
            Map<Path, String> outputAfter = digests(dir.resolve("output"), p -> true);
            if (run.exit() != 0 && !outputBefore.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(outputAfter.get(e.getKey())))) {
                problems.add("the failed run changed a previous output (previous good output not kept)");
            }
            for (Map.Entry<Path, String> artifact : digests(dir, HostileInputIT::isArtifact).entrySet()) {
                if (!artifact.getValue().equals(artifactsBefore.get(artifact.getKey()))) {
                    validate(dir, artifact.getKey(), !hostile.checks().contains(Checks.NO_VERAPDF), problems);
                }
            }
            for (HostileCase.Check check : hostile.checks()) {
                try {
                    check.verify(dir, run);
                } catch (AssertionError e) {
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                FAILURES.put(hostile.name(), oneLine(problems.get(0)));
                throw new AssertionError(String.join("\n", problems) + "\nexpected " + hostile.expect() + "\n" + run);
            }
        } catch (org.opentest4j.TestAbortedException e) {
            throw e;
        } catch (Throwable e) {
            FAILURES.putIfAbsent(hostile.name(), oneLine(String.valueOf(e.getMessage())));
            throw e;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The exit code, the error or warning line and the absence of a stack trace. */
    private static void checkRun(Expect expect, Run run, List<String> problems) {
        List<String> errors = run.err().lines().filter(l -> l.startsWith("briefing: error: ")).toList();
        if (!expect.exits().contains(run.exit())) {
            problems.add("exit " + run.exit() + ", expected " + expect.exits()
                    + (errors.isEmpty() ? "" : " (" + errors.get(0) + ")"));
        }
        for (String trace : List.of("\tat ", "Exception in thread", "Caused by")) {
            if (run.err().contains(trace)) {
                problems.add("stack trace on stderr ('" + trace.strip() + "')");
                break;
            }
        }
        if (run.exit() == 1 || run.exit() == 2) {
            if (errors.size() != 1) {
                problems.add(errors.size() + " 'briefing: error: ' lines, expected 1");
            }
            if (expect.where() != null && errors.stream().noneMatch(l -> l.contains(expect.where()))) {
                problems.add("error does not name '" + expect.where() + "': " + (errors.isEmpty() ? "" : errors.get(0)));
            }
        }
        if (run.exit() == 0 && expect.warning() != null && run.err().lines()
                .noneMatch(l -> l.startsWith("briefing: warning: ") && l.contains(expect.warning()))) {
            problems.add("no warning naming '" + expect.warning() + "'");
        }
    }

    /** Temporary files the run left anywhere in the case folder. */
    private static void checkLeftovers(Path dir, Set<Path> before, List<String> problems) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> !before.contains(p)).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".part") || n.endsWith(".tmp") || n.startsWith(".briefing"))
                    .forEach(n -> problems.add("temporary file left: " + n));
        }
    }

    private static void validate(Path dir, Path artifact, boolean withVeraPdf, List<String> problems) throws Exception {
        String name = dir.relativize(artifact).toString();
        List<String> found = name.endsWith(".pdf") ? Artifacts.pdfProblems(artifact, withVeraPdf)
                : Artifacts.epubProblems(artifact, root);
        found.forEach(p -> problems.add(name + ": " + p));
    }

    private static boolean isArtifact(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".pdf") || name.endsWith(".epub");
    }

    /** SHA-256 of each regular file under {@code folder} that {@code which} accepts. */
    private static Map<Path, String> digests(Path folder, java.util.function.Predicate<Path> which) throws IOException {
        Map<Path, String> digests = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && which.test(file)) {
                    digests.put(file, sha256(file));
                }
            }
        }
        return digests;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static void deleteQuietly(Path dir) {
        dir.toFile().setWritable(true);
        dir.resolve("output").toFile().setWritable(true);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover in the temporary folder is JUnit's to remove; the case's result is what matters.
        }
    }
}
