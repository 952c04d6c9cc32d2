package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.model.BriefingException;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFileCreatingItsFolder() throws Exception {
        Path target = dir.resolve("out/deeper/memo.pdf");
        AtomicOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("memo.pdf"), namesIn(target.getParent()));
    }

    @Test
    void outputsGetOrdinaryPermissionsNotPrivateTemporaryOnes() throws Exception {
        Path target = dir.resolve("memo.pdf");
        AtomicOutput.write(target, out -> out.write(1));
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }

    @Test
    void aFailingWriterLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("memo.pdf");
        Files.writeString(target, "last good");
        assertThrows(BriefingException.class, () -> AtomicOutput.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new BriefingException("renderer broke");
        }));
        assertEquals("last good", Files.readString(target));
        assertEquals(List.of("memo.pdf"), namesIn(dir));

        assertThrows(BriefingException.class, () -> AtomicOutput.write(target, out -> {
            throw new IOException("disk full");
        }));
        assertEquals("last good", Files.readString(target));
        assertEquals(List.of("memo.pdf"), namesIn(dir));
    }

    @Test
    void anUnwritablePathIsBadInputNamingThePath() throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        Path target = file.resolve("memo.pdf");
        InputException e = assertThrows(InputException.class,
                () -> AtomicOutput.write(target, out -> out.write(1)));
        assertTrue(e.getMessage().startsWith(target + ": cannot write the output"), e.getMessage());
    }

    @Test
    void aFolderInTheWayIsBadInput() throws Exception {
        Path target = dir.resolve("memo.pdf");
        Files.createDirectory(target);
        assertThrows(InputException.class, () -> AtomicOutput.write(target, out -> out.write(1)));
    }
}
