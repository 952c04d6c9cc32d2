package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing pdf --report}: the memo is written and its typography report printed. */
class PdfReportOptionTest {
    private static final Path SEED = Path.of("source/north-korea-us-china-cooperation.md").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void printsTheReportAfterWriting() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source")).resolve("seed.md");
        Files.copy(SEED, source);
        CliRun run = CliRun.of(dir, "pdf", "--report", "source/seed.md");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(Files.size(dir.resolve("output/seed.pdf")) > 1000, run.toString());
        assertTrue(run.out().contains("Typography of "), run.toString());
        assertTrue(run.out().contains("overfull lines              0"), run.toString());
        assertTrue(run.out().contains("widows                      0"), run.toString());
        assertTrue(run.out().matches("(?s).*hyphenated lines +[1-9].*"), run.toString());
    }
}
