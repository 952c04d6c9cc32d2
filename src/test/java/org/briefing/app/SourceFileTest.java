package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
    @TempDir
    Path dir;

    @Test
    void aBadByteIsReportedWithLineColumnAndOffset() throws Exception {
        byte[] bytes = "---\ntitle: x\n---\nCaf".getBytes(StandardCharsets.UTF_8);
        byte[] withLatin1 = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, withLatin1, 0, bytes.length);
        withLatin1[bytes.length] = (byte) 0xE9;
        withLatin1[bytes.length + 1] = '\n';
        Path file = dir.resolve("latin1.md");
        Files.write(file, withLatin1);
        InputException e = assertThrows(InputException.class, () -> SourceFile.read(file, "source/latin1.md"));
        assertEquals("source/latin1.md:4:4: not valid UTF-8: byte 0xE9 at offset 20; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void validTextKeepsEveryCharacterAndLosesTheByteOrderMark() throws Exception {
        Path file = dir.resolve("ok.md");
        Files.write(file, "\uFEFF北京 – café\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("北京 – café\n", SourceFile.read(file, "ok.md"));
    }

    @Test
    void aMissingFileOrAFolderIsBadInput() {
        assertEquals("nope.md: no such file",
                assertThrows(InputException.class, () -> SourceFile.read(dir.resolve("nope.md"), "nope.md")).getMessage());
        assertThrows(InputException.class, () -> SourceFile.read(dir, "dir"));
    }
}
