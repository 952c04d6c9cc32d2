package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StylesFolderTest {
    @TempDir
    Path dir;

    @Test
    void theWorkingDirectoryStylesComeFirst() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work/styles")).getParent();
        Files.createDirectories(dir.resolve("repo/styles"));
        assertEquals(work.resolve("styles"), StylesFolder.locate(work, dir.resolve("repo/target/briefing.jar")));
    }

    @Test
    void elseTheFolderBesideTheJarsFolder() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.createDirectories(dir.resolve("repo/styles"));
        assertEquals(dir.resolve("repo/styles"), StylesFolder.locate(work, dir.resolve("repo/target/briefing.jar")));
    }

    @Test
    void elseTheWorkingDirectoryStylesEvenIfMissing() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        assertEquals(work.resolve("styles"), StylesFolder.locate(work, null));
    }
}
