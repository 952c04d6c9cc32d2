package org.briefing.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files of a bounded size are read, and a FIFO is refused before it is opened (opening blocks). */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsARegularFileThroughALink() throws Exception {
        Path file = Files.write(dir.resolve("memo.md"), new byte[] {1, 2, 3});
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), file);
        assertArrayEquals(new byte[] {1, 2, 3}, InputFiles.readRegular(link, "link.md", 3));
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.md");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> InputFiles.readRegular(fifo, "pipe.md", 100)));
        assertTrue(e.getMessage().startsWith("pipe.md: not a regular file"), e.getMessage());
    }

    @Test
    void aDeviceIsRefused() {
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(InputException.class,
                () -> InputFiles.readRegular(Path.of("/dev/zero"), "/dev/zero", 100)));
        assertTrue(e.getMessage().startsWith("/dev/zero: not a regular file"), e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimit() throws Exception {
        Path file = Files.write(dir.resolve("big.md"), new byte[2048]);
        InputException e = assertThrows(InputException.class, () -> InputFiles.readRegular(file, "big.md", 1024));
        assertEquals("big.md: the file is 2048 bytes, over the limit of 1 KiB", e.getMessage());
    }

    @Test
    void missingAndFolderAreNamed() throws Exception {
        assertEquals("gone.md: no such file", assertThrows(InputException.class,
                () -> InputFiles.readRegular(dir.resolve("gone.md"), "gone.md", 10)).getMessage());
        Files.createDirectories(dir.resolve("folder.md"));
        assertEquals("folder.md: is a folder, not a file", assertThrows(InputException.class,
                () -> InputFiles.readRegular(dir.resolve("folder.md"), "folder.md", 10)).getMessage());
    }
}
