package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command line in-process: exit codes, messages, outputs. The fake renderer is on the test class path. */
class MainTest {
    private static final Path SEED = Path.of("source/north-korea-us-china-cooperation.md").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeEach
    void sources() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        Files.writeString(source.resolve("alpha.md"), "---\ntitle: Alpha\ndate: 2017-02\n---\n\nText.\n");
        Files.writeString(source.resolve("gamma.md"), "---\ntitle: Gamma warn\n---\n\nMore text.\n");
    }

    private void addBadSource() throws Exception {
        Files.write(dir.resolve("source/beta.md"), new byte[] {'-', '-', '-', '\n', 't', (byte) 0xC0, '\n'});
    }

    private CliRun run(String... args) {
        return CliRun.of(dir, args);
    }

    private static void assertOneErrorLine(CliRun run, String start) {
        assertTrue(run.err().startsWith("briefing: error: " + start), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertFalse(run.err().contains("\tat "), run.toString());
    }

    @Test
    void versionAndHelpSucceed() {
        CliRun version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("briefing "), version.toString());
        CliRun help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage: briefing") && help.out().contains("build"), help.toString());
        assertEquals(0, run("print", "--help").exit());
    }

    @Test
    void badUsageExitsTwoWithOneLine() {
        CliRun none = run();
        assertEquals(2, none.exit());
        assertOneErrorLine(none, "no command given; commands: pdf, epub, print, printers, build, render");
        CliRun unknown = run("docx", "x.md");
        assertEquals(2, unknown.exit());
        assertOneErrorLine(unknown, "unknown command 'docx'; commands: pdf, epub, print, printers, build, render");
        CliRun option = run("print", SEED.toString(), "--bogus");
        assertEquals(2, option.exit());
        assertOneErrorLine(option, "Unknown option: '--bogus'");
        CliRun missing = run("print");
        assertEquals(2, missing.exit());
        assertOneErrorLine(missing, "Missing required parameter: 'SOURCE'");
    }

    @Test
    void anUnknownStyleExitsTwoListingTheThemes() {
        CliRun run = run("print", SEED.toString(), "--style", "nope");
        assertEquals(2, run.exit());
        assertOneErrorLine(run, "no theme 'nope'");
        assertTrue(run.err().contains("available: memo"), run.toString());
        CliRun before = run("--style", "nope", "print", SEED.toString());
        assertEquals(2, before.exit());
    }

    @Test
    void aStyleMayBeAFile() {
        CliRun run = run("print", SEED.toString(), "--style", Path.of("styles/memo.yaml").toAbsolutePath().toString());
        assertEquals(0, run.exit(), run.toString());
    }

    @Test
    void anUnknownFormatExitsTwoListingTheFormats() {
        CliRun run = run("render", "-f", "docx", "source/alpha.md");
        assertEquals(2, run.exit());
        assertOneErrorLine(run, "unknown format 'docx'; known formats: ");
        assertTrue(run.err().contains("fake") && run.err().contains("text"), run.toString());
    }

    @Test
    void printWritesTheBriefingWithoutStylesWhenNotATerminal() {
        CliRun run = run("print", SEED.toString(), "--width", "60");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("North Korea’s Missile Test"), run.out());
        assertFalse(run.out().contains("\u001b"));
        assertTrue(run.out().lines().allMatch(l -> l.length() <= 60));
        assertEquals("", run.err());
    }

    @Test
    void printUsesStylesOnATerminalUnlessNoColorIsSet() {
        assertTrue(CliRun.of(dir, Map.of(), true, "print", SEED.toString()).out().contains("\u001b[1m"));
        assertFalse(CliRun.of(dir, Map.of("NO_COLOR", "1"), true, "print", SEED.toString()).out().contains("\u001b"));
        assertTrue(run("print", SEED.toString(), "--color", "always").out().contains("\u001b["));
    }

    @Test
    void printTakesItsWidthFromColumnsElseEighty() {
        CliRun narrow = CliRun.of(dir, Map.of("COLUMNS", "45"), false, "print", SEED.toString());
        assertEquals(45, narrow.out().lines().mapToInt(String::length).max().orElse(0));
        assertEquals(80, run("print", SEED.toString()).out().lines().mapToInt(String::length).max().orElse(0));
        CliRun tooNarrow = run("print", SEED.toString(), "--width", "10");
        assertEquals(2, tooNarrow.exit());
        assertOneErrorLine(tooNarrow, "--width must be between 20 and 1000");
    }

    @Test
    void aMissingSourceIsBadInputNamingIt() {
        CliRun run = run("print", "missing.md");
        assertEquals(2, run.exit());
        assertOneErrorLine(run, "missing.md: no such file");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = run("--verbose", "print", "missing.md");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("briefing: error: missing.md: no such file\n"), run.toString());
        assertTrue(run.err().contains("\tat org.briefing.app.SourceFile"), run.toString());
    }

    @Test
    void nonUtf8SourceIsBadInputWithLineAndColumn() throws Exception {
        addBadSource();
        CliRun run = run("print", "source/beta.md");
        assertEquals(2, run.exit());
        assertOneErrorLine(run, "source/beta.md:2:2: not valid UTF-8: byte 0xC0");
    }

    @Test
    void frontMatterErrorsNameThePathAsTypedAndTheLine() throws Exception {
        Files.writeString(dir.resolve("source/typo.md"), "---\ntitle: T\ndate: 2017-13\n---\n\nText.\n");
        CliRun run = run("print", "source/typo.md");
        assertEquals(2, run.exit());
        assertOneErrorLine(run, "source/typo.md:3:");
        assertTrue(run.err().contains("YYYY-MM"), run.toString());
    }

    @Test
    void renderWritesToTheDefaultOutputFolderOrWhereAsked() throws Exception {
        CliRun run = run("render", "-f", "fake", "source/alpha.md");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("Wrote output/alpha.fake\n", run.out());
        assertTrue(Files.readString(dir.resolve("output/alpha.fake")).startsWith("fake: Alpha\n"));

        CliRun named = run("render", "-f", "fake", "source/alpha.md", "-o", "elsewhere/x.fake", "--quiet");
        assertEquals(0, named.exit());
        assertEquals("", named.out());
        assertTrue(Files.exists(dir.resolve("elsewhere/x.fake")));

        CliRun stdout = run("render", "-f", "fake", "source/alpha.md", "-o", "-", "--pdf-standard", "a2a");
        assertTrue(stdout.out().startsWith("fake: Alpha\n") && stdout.out().contains("pdf: a2a\n"), stdout.toString());
    }

    @Test
    void anUnwritableOutputIsBadInputNamingThePath() throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        CliRun run = run("render", "-f", "fake", "source/alpha.md", "-o", "file/out.fake");
        assertEquals(2, run.exit(), run.toString());
        assertOneErrorLine(run, dir.resolve("file/out.fake") + ": cannot write the output");
    }

    @Test
    void aBadPdfStandardIsBadUsage() {
        CliRun run = run("render", "-f", "fake", "source/alpha.md", "--pdf-standard", "x1a");
        assertEquals(2, run.exit());
        assertOneErrorLine(run, "--pdf-standard must be one of none, ua1, a2a, ua1+a2a");
    }

    @Test
    void sourceDateEpochIsHonouredAndChecked() throws Exception {
        CliRun run = CliRun.of(dir, Map.of("SOURCE_DATE_EPOCH", "0"), false, "render", "-f", "fake", "source/alpha.md", "-o", "-");
        assertTrue(run.out().contains("time: 1970-01-01T00:00:00Z"), run.toString());
        CliRun bad = CliRun.of(dir, Map.of("SOURCE_DATE_EPOCH", "soon"), false, "render", "-f", "fake", "source/alpha.md");
        assertEquals(2, bad.exit());
        assertOneErrorLine(bad, "SOURCE_DATE_EPOCH must be a whole number");
    }

    @Test
    void buildWritesTheGoodSourcesAndFailsForTheBadOne() throws Exception {
        addBadSource();
        CliRun run = run("build", "--format", "fake");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(Files.exists(dir.resolve("output/alpha.fake")));
        assertTrue(Files.exists(dir.resolve("output/gamma.fake")));
        assertFalse(Files.exists(dir.resolve("output/beta.fake")));
        assertEquals(3, run.out().lines().filter(l -> l.matches("\\[[1-3]/3\\] .*")).count(), run.toString());
        assertTrue(run.out().contains("source/beta.md FAILED"), run.toString());
        assertTrue(run.out().contains("Built 2 of 3 document(s), 2 file(s) in output/; 1 failed"), run.toString());
        assertTrue(run.err().contains("briefing: error: source/beta.md:2:2: not valid UTF-8"), run.toString());
        assertTrue(run.err().contains("briefing: warning: gamma.md: the fake renderer warns"), run.toString());
    }

    @Test
    void buildOfGoodSourcesSucceedsAndQuietPrintsNothing() {
        CliRun run = run("build", "--format", "fake", "--quiet");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out());
        assertEquals("", run.err());
        assertTrue(Files.exists(dir.resolve("output/alpha.fake")));
    }

    @Test
    void buildWithoutFormatsUsesEveryFileFormatButText() {
        CliRun run = run("build", "source/alpha.md", "--output-dir", "out", "-j", "1");
        assertTrue(Files.exists(dir.resolve("out/alpha.fake")), run.toString());
        assertFalse(Files.exists(dir.resolve("out/alpha.txt")), run.toString());
    }

    @Test
    void aRendererFailureInBuildIsExitOneAndKeepsTheLastGoodFile() throws Exception {
        Files.writeString(dir.resolve("source/delta.md"), "---\ntitle: Delta explode\n---\n\nText.\n");
        Files.createDirectories(dir.resolve("output"));
        Files.writeString(dir.resolve("output/delta.fake"), "last good");
        CliRun run = run("build", "--format", "fake");
        assertEquals(1, run.exit(), run.toString());
        assertEquals("last good", Files.readString(dir.resolve("output/delta.fake")));
        assertTrue(run.err().contains("briefing: error: delta.md: the fake renderer exploded"), run.toString());
    }

    @Test
    void buildOfAMissingPathIsBadInput() {
        CliRun run = run("build", "nowhere");
        assertEquals(2, run.exit());
        assertOneErrorLine(run, "nowhere: no such file or folder");
    }
}
