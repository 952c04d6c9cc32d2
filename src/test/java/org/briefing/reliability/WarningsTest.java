package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems that still give an output are warnings: exit 0, a {@code briefing: warning:} line. */
class WarningsTest {
    @TempDir
    Path dir;

    @Test
    void anImageWithoutAltTextIsAWarning() throws Exception {
        Files.createDirectories(dir.resolve("source"));
        Files.write(dir.resolve("source/chart.png"), TestImages.goodPng());
        Files.writeString(dir.resolve("source/memo.md"), "# Memo\n\n![](chart.png)\n");
        Cli run = Cli.run(dir, "render", "-f", "epub", "source/memo.md");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("briefing: warning: memo.md:3: image 'chart.png' has no alternative text"), run.toString());
        assertTrue(Files.exists(dir.resolve("output/memo.epub")));
    }

    @Test
    void aCharacterNoFontHasIsAWarning() throws Exception {
        Files.createDirectories(dir.resolve("source"));
        Files.writeString(dir.resolve("source/memo.md"), "# Memo\n\nHieroglyph \uD80C\uDC00 here.\n");
        Cli run = Cli.run(dir, "render", "-f", "pdf", "source/memo.md");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("briefing: warning: memo.md: no font in the theme has"), run.toString());
        assertTrue(Files.exists(dir.resolve("output/memo.pdf")));
    }
}
