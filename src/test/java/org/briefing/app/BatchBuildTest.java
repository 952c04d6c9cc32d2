package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.briefing.model.InputException;
import org.briefing.render.RenderOptions;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchBuildTest {
    @TempDir
    Path dir;

    @Test
    void oneBadSourceDoesNotStopTheOthers() throws Exception {
        Path src = Files.createDirectories(dir.resolve("source"));
        Files.writeString(src.resolve("a.md"), "---\ntitle: Alpha\ndate: 2017-02\n---\n\nText.\n");
        Files.write(src.resolve("b.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xFF});
        Files.writeString(src.resolve("c.md"), "---\ntitle: Gamma warn\n---\n\nMore.\n");
        Files.writeString(src.resolve("d.md"), "---\ntitle: Delta explode\n---\n\nMore.\n");
        Path out = dir.resolve("output");
        Files.createDirectories(out);
        Files.writeString(out.resolve("d.fake"), "previous good");
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Publisher publisher = new Publisher(new ThemeLoader(Path.of("styles")).load("memo"), RenderOptions.defaults(),
                Optional.empty(), warnings::add);
        List<String> progress = Collections.synchronizedList(new ArrayList<>());

        List<BatchBuild.Outcome> outcomes = new BatchBuild(publisher, List.of("fake"), out, 2)
                .run(SourceFiles.collect(List.of(), dir), p -> p.getFileName().toString(),
                        (outcome, done, total) -> progress.add(done + "/" + total));

        assertEquals(List.of("a.md", "b.md", "c.md", "d.md"), outcomes.stream().map(BatchBuild.Outcome::displayName).toList());
        assertTrue(outcomes.get(0).ok());
        assertInstanceOf(InputException.class, outcomes.get(1).failure());
        assertTrue(outcomes.get(1).failure().getMessage().startsWith("b.md:2:1: not valid UTF-8"));
        assertTrue(outcomes.get(2).ok());
        assertFalse(outcomes.get(3).ok());
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), progress);
        assertEquals("fake: Alpha\nblocks: 1\ntime: 2017-02-01T00:00:00Z\npdf: ua1+a2a\n",
                Files.readString(out.resolve("a.fake")));
        assertTrue(Files.exists(out.resolve("c.fake")));
        assertFalse(Files.exists(out.resolve("b.fake")));
        assertEquals("previous good", Files.readString(out.resolve("d.fake")));
        assertEquals(List.of("c.md: the fake renderer warns"), warnings);
        try (var files = Files.list(out)) {
            assertEquals(3, files.count(), "no temporary files left behind");
        }
    }
}
