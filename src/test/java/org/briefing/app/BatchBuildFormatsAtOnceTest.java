package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.briefing.render.RenderOptions;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One source with spare threads renders its formats side by side; the files, the outcome and the
 * warnings (in order) are those of rendering one format after another.
 */
class BatchBuildFormatsAtOnceTest {
    private static final List<String> FORMATS = List.of("fake", "pdf", "epub");

    @TempDir
    Path dir;

    private record Built(BatchBuild.Outcome outcome, List<String> warnings) {
    }

    private Built build(Path source, Path out, int threads) throws Exception {
        Files.createDirectories(out);
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Publisher publisher = new Publisher(new ThemeLoader(Path.of("styles")).load("memo"), RenderOptions.defaults(),
                Optional.empty(), warnings::add);
        List<BatchBuild.Outcome> outcomes = new BatchBuild(publisher, FORMATS, out, threads)
                .run(List.of(source), p -> p.getFileName().toString(), (outcome, done, total) -> { });
        return new Built(outcomes.get(0), warnings);
    }

    @Test
    void sameFilesFailureAndWarningsAsOneAtATime() throws Exception {
        Path source = dir.resolve("memo.md");
        // The fake renderer warns and then fails ("warn", "explode"); the remote image makes the others warn.
        Files.writeString(source, "---\ntitle: warn explode\ndate: 2017-02\n---\n\n# One\n\nText with "
                + "![a chart](https://example.org/chart.png) and \uE000 a [^n] note.\n\n[^n]: The note.\n");
        Built inTurn = build(source, dir.resolve("in-turn"), 1);
        Built atOnce = build(source, dir.resolve("at-once"), 2);

        assertEquals(inTurn.warnings(), atOnce.warnings());
        assertTrue(atOnce.warnings().size() >= 2, "warnings from more than one format: " + atOnce.warnings());
        assertEquals(inTurn.outcome().failure().getMessage(), atOnce.outcome().failure().getMessage());
        assertEquals(List.of(dir.resolve("at-once/memo.pdf"), dir.resolve("at-once/memo.epub")),
                atOnce.outcome().written());
        for (String name : List.of("memo.pdf", "memo.epub")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("in-turn").resolve(name)),
                    Files.readAllBytes(dir.resolve("at-once").resolve(name)), name);
        }
    }
}
