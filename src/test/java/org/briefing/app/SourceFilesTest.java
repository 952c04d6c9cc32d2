package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
    @TempDir
    Path dir;

    @Test
    void findsMarkdownUnderSourceSortedSkippingHiddenAndOtherFiles() throws Exception {
        Files.createDirectories(dir.resolve("source/sub"));
        Files.createDirectories(dir.resolve("source/.git"));
        for (String name : List.of("source/b.md", "source/a.md", "source/sub/c.md", "source/notes.txt", "source/.git/x.md")) {
            Files.writeString(dir.resolve(name), "x");
        }
        assertEquals(List.of(dir.resolve("source/a.md"), dir.resolve("source/b.md"), dir.resolve("source/sub/c.md")),
                SourceFiles.collect(List.of(), dir));
    }

    @Test
    void givenFilesAndFoldersAreUsedOnce() throws Exception {
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/a.md"), "x");
        assertEquals(List.of(dir.resolve("more/a.md")), SourceFiles.collect(List.of("more/a.md", "more"), dir));
    }

    @Test
    void missingPathsAndEmptyFoldersAreBadInput() throws Exception {
        assertEquals("nothing: no such file or folder",
                assertThrows(InputException.class, () -> SourceFiles.collect(List.of("nothing"), dir)).getMessage());
        Files.createDirectories(dir.resolve("source"));
        assertThrows(InputException.class, () -> SourceFiles.collect(List.of(), dir));
    }
}
