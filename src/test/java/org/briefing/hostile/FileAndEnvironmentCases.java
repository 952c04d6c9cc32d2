package org.briefing.hostile;

import static org.briefing.hostile.Fixtures.bodyLine;
import static org.briefing.hostile.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * File names, output paths and the environment: odd names work, paths that cannot be read or written are
 * bad input (exit 2, one line), and what only a real process meets — a C locale, a closed or full
 * standard output, a kill -9 in the middle of a write — never gives a stack trace or a stale temporary
 * file. A full standard output is the one exit 1 (the environment failed, not the input); a closed pipe
 * ends quietly.
 */
final class FileAndEnvironmentCases {
    private static final String FAMILY = "files";
    private static final String TEXT = bodyLine("Text.");

    private FileAndEnvironmentCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        names(cases);
        outputs(cases);
        sources(cases);
        options(cases);
        epoch(cases);
        processes(cases);
        return cases;
    }

    private static HostileCase named(String name, HostileCase.Setup setup, HostileCase.Launch launch, Expect expect) {
        return new HostileCase(FAMILY + ": " + name, setup, launch, expect);
    }

    private static HostileCase.Setup file(String relative, String text) {
        return dir -> write(dir, relative, text);
    }

    private static void names(List<HostileCase> cases) {
        for (String name : List.of("mémo 日本語 ½.md", "my memo with spaces.md", "tab\tin name.md", "quote ' \" name.md",
                "emoji \uD83D\uDCDD.md", "NFD e\u0301te\u0301.md", "a".repeat(240) + ".md", "\u65E5".repeat(80) + ".md",
                "memo.MD", ".hidden.md", "semi;colon&amp $HOME.md")) {
            cases.add(named("source named '" + shown(name) + "' → pdf", file("source/" + name, TEXT),
                    Launches.inProcess("pdf", "source/" + name), Expect.ok()));
        }
        cases.add(named("source named '" + "\u65E5".repeat(84) + ".md' (255 bytes) → pdf", file("source/"
                + "\u65E5".repeat(84) + ".md", TEXT), Launches.inProcess("pdf", "source/" + "\u65E5".repeat(84) + ".md"),
                Expect.okOrBad(null)));
        cases.add(named("source named '-memo.md' after -- → pdf", file("-memo.md", TEXT),
                Launches.inProcess("pdf", "--", "-memo.md"), Expect.ok()));
        cases.add(named("source named '-memo.md' without -- → pdf", file("-memo.md", TEXT),
                Launches.inProcess("pdf", "-memo.md"), Expect.bad(null)));
        cases.add(named("source named '-o' after -- → epub", file("-o", TEXT),
                Launches.inProcess("epub", "--", "-o"), Expect.ok()));
        cases.add(named("build of a folder of odd names", dir -> {
            write(dir, "source/a b.md", TEXT);
            write(dir, "source/-x.md", TEXT);
            write(dir, "source/ü.md", TEXT);
        }, Launches.inProcess("build", "-f", "epub", "source"), Expect.ok()));
    }

    private static void outputs(List<HostileCase> cases) {
        byte[] source = TEXT.getBytes(StandardCharsets.UTF_8);
        cases.add(named("-o equal to the source → pdf", Fixtures.source(TEXT),
                Launches.inProcess("pdf", Cases.SOURCE, "-o", Cases.SOURCE), Expect.bad("memo.md"))
                .and(Checks.unchanged(Cases.SOURCE, source)));
        cases.add(named("-o equal to the source by another path → epub", Fixtures.source(TEXT),
                Launches.inProcess("epub", Cases.SOURCE, "-o", "source/../source/./memo.md"), Expect.bad("memo.md"))
                .and(Checks.unchanged(Cases.SOURCE, source)));
        cases.add(named("-o into a file used as a folder → pdf", dir -> {
            Fixtures.source(TEXT).prepare(dir);
            write(dir, "blocker", "a file");
        }, Launches.inProcess("pdf", Cases.SOURCE, "-o", "blocker/memo.pdf"), Expect.bad("blocker")));
        cases.add(named("-o an existing folder → pdf", Fixtures.source(TEXT),
                Launches.inProcess("pdf", Cases.SOURCE, "-o", "output"), Expect.bad("output")));
        cases.add(named("-o empty → epub", Fixtures.source(TEXT), Launches.inProcess("epub", Cases.SOURCE, "-o", ""),
                Expect.bad(null)));
        cases.add(named("build -o into a file → epub", dir -> {
            Fixtures.source(TEXT).prepare(dir);
            write(dir, "blocker", "a file");
        }, Launches.inProcess("build", "-f", "epub", "-o", "blocker", Cases.SOURCE), Expect.bad("blocker")));
        cases.add(named("output folder read-only → pdf", dir -> {
            Assumptions.assumeFalse(isRoot(), "root writes into read-only folders");
            Fixtures.source(TEXT).prepare(dir);
            dir.resolve("output").toFile().setWritable(false);
        }, Launches.inProcess("pdf", Cases.SOURCE), Expect.bad("output")));
    }

    private static void sources(List<HostileCase> cases) {
        // As processes: a source that never ends or never opens must not take the test JVM down with it.
        cases.add(named("process: source a FIFO → pdf", dir -> Launches.system(dir.resolve("source"), "mkfifo", "memo.md"),
                Launches.process(Map.of(), "pdf", Cases.SOURCE), Expect.bad("memo.md")));
        cases.add(named("process: source /dev/zero → epub", HostileCase.Setup.NOTHING,
                Launches.process(Map.of(), "epub", "/dev/zero", "-o", "output/zero.epub"), Expect.bad("/dev/zero")));
        cases.add(named("process: source /dev/zero → print", HostileCase.Setup.NOTHING,
                Launches.process(Map.of(), "print", "/dev/zero"), Expect.bad("/dev/zero")));
        cases.add(named("source a folder → pdf", dir -> Files.createDirectories(dir.resolve("source/memo.md")),
                Launches.inProcess("pdf", Cases.SOURCE), Expect.bad("memo.md")));
        cases.add(named("source missing → epub", HostileCase.Setup.NOTHING,
                Launches.inProcess("epub", "source/nope.md"), Expect.bad("nope.md")));
        cases.add(named("source a symbolic link loop → pdf", dir -> {
            Files.createSymbolicLink(dir.resolve("source/memo.md"), dir.resolve("source/memo.md"));
        }, Launches.inProcess("pdf", Cases.SOURCE), Expect.bad("memo.md")));
        cases.add(named("source the previous PDF → epub", HostileCase.Setup.NOTHING,
                // The planted "previous PDF" is ASCII text, so it reads as Markdown: no extension is required.
                Launches.inProcess("epub", "output/memo.pdf", "-o", "output/other.epub"), Expect.ok()));
        cases.add(named("build of a folder with one bad source", dir -> {
            write(dir, "source/good.md", TEXT);
            write(dir, "source/memo.md", bodyLine("![x](missing.png)"));
        }, Launches.inProcess("build", "-f", "pdf", "source"), Expect.bad("memo.md:3")));
    }

    private static void options(List<HostileCase> cases) {
        cases.add(named("build -j 0", Fixtures.source(TEXT), Launches.inProcess("build", "-j", "0"), Expect.bad(null)));
        cases.add(named("build -j -3", Fixtures.source(TEXT), Launches.inProcess("build", "-j", "-3"), Expect.bad(null)));
        cases.add(named("build -j 100000", Fixtures.source(TEXT), Launches.inProcess("build", "-f", "epub", "-j", "100000"),
                Expect.okOrBad(null)));
        cases.add(named("print --width 0", Fixtures.source(TEXT), Launches.inProcess("print", "--width", "0", Cases.SOURCE),
                Expect.bad(null)));
        cases.add(named("print --width -5", Fixtures.source(TEXT),
                Launches.inProcess("print", "--width", "-5", Cases.SOURCE), Expect.bad(null)));
        cases.add(named("print --width 2147483647", Fixtures.source(TEXT),
                Launches.inProcess("print", "--width", "2147483647", Cases.SOURCE), Expect.okOrBad(null)));
        cases.add(named("render -f with a path", Fixtures.source(TEXT),
                Launches.inProcess("render", "-f", "../../pdf", Cases.SOURCE), Expect.bad(null)));
    }

    private static void epoch(List<HostileCase> cases) {
        // An empty value is how a shell unsets it: the same as no SOURCE_DATE_EPOCH.
        cases.add(named("SOURCE_DATE_EPOCH='' → pdf", Fixtures.source(TEXT),
                Launches.inProcess(Map.of("SOURCE_DATE_EPOCH", ""), "pdf", Cases.SOURCE), Expect.ok()));
        for (String value : List.of("abc", "-1", "1.5", " 0", "0x10", "99999999999999999999", "9223372036854775807")) {
            cases.add(named("SOURCE_DATE_EPOCH='" + value + "' → pdf", Fixtures.source(TEXT),
                    Launches.inProcess(Map.of("SOURCE_DATE_EPOCH", value), "pdf", Cases.SOURCE),
                    Expect.bad("SOURCE_DATE_EPOCH")));
        }
        // Year 10000 and 2108: a PDF date has four year digits and a ZIP entry's time ends in 2107.
        cases.add(named("SOURCE_DATE_EPOCH=253402300800 (year 10000) → pdf", Fixtures.source(TEXT),
                Launches.inProcess(Map.of("SOURCE_DATE_EPOCH", "253402300800"), "pdf", Cases.SOURCE),
                Expect.okOrBad("SOURCE_DATE_EPOCH")));
        cases.add(named("SOURCE_DATE_EPOCH=4354819200 (year 2108) → epub", Fixtures.source(TEXT),
                Launches.inProcess(Map.of("SOURCE_DATE_EPOCH", "4354819200"), "epub", Cases.SOURCE),
                Expect.okOrBad("SOURCE_DATE_EPOCH")));
    }

    private static void processes(List<HostileCase> cases) {
        String name = "mémo 日本語.md";
        cases.add(named("process: LANG=C with a non-ASCII source name → pdf", file("source/" + name, TEXT),
                // java -jar cannot name the file under the C locale: one line saying to set LANG=C.UTF-8 (the launcher
                // bin/briefing sets it itself, LauncherLocaleTest).
                Launches.process(Map.of("LANG", "C", "LC_ALL", "C"), "pdf", "source/" + name),
                Expect.okOrBad("LANG=C.UTF-8")));
        cases.add(named("process: LANG=C with non-ASCII text → print", Fixtures.source(bodyLine("Ünïcödé 日本.")),
                Launches.process(Map.of("LANG", "C", "LC_ALL", "C"), "print", Cases.SOURCE), Expect.ok()));
        String longText = "# Long\n\n" + "A paragraph of words that goes on for a while. ".repeat(40).concat("\n\n").repeat(400);
        cases.add(named("process: print with standard output closed by its reader", Fixtures.source(longText), dir -> {
            Process process = Launches.builder(dir, Map.of(), "print", Cases.SOURCE).start();
            process.getInputStream().close();  // as a pipe into `head -1` that has exited
            return Launches.finish(process);
        }, Expect.closedPipe()));
        cases.add(named("process: print to /dev/full", Fixtures.source(longText), dir -> {
            Process process = Launches.builder(dir, Map.of(), "print", Cases.SOURCE)
                    .redirectOutput(new File("/dev/full")).start();
            return Launches.finish(process);
        }, Expect.environmentFailure()));
        cases.add(named("process: pdf -o - to /dev/full", Fixtures.source(TEXT), dir -> {
            Process process = Launches.builder(dir, Map.of(), "pdf", Cases.SOURCE, "-o", "-")
                    .redirectOutput(new File("/dev/full")).start();
            return Launches.finish(process);
        }, Expect.environmentFailure()));
        cases.add(named("process: kill -9 during a PDF write, then a rebuild", Fixtures.source(longText), dir -> {
            Path output = dir.resolve("output");
            byte[] previous = Files.readAllBytes(output.resolve("memo.pdf"));
            Process process = Launches.builder(dir, Map.of(), "pdf", Cases.SOURCE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (process.isAlive() && !hasPart(output) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            process.destroyForcibly().waitFor();  // SIGKILL: no shutdown hook runs
            assertArrayEquals(previous, Files.readAllBytes(output.resolve("memo.pdf")), "kill -9 changed the PDF");
            return Launches.inProcess("pdf", Cases.SOURCE).start(dir);
        }, Expect.ok()));
    }

    private static boolean hasPart(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        }
    }

    private static boolean isRoot() {
        try {
            return "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                    StandardCharsets.US_ASCII).strip());
        } catch (Exception e) {
            return false;
        }
    }

    private static String shown(String name) {
        return name.length() > 40 ? name.substring(0, 12) + "…(" + name.length() + " chars)" : name.replace("\t", "\\t");
    }
}
