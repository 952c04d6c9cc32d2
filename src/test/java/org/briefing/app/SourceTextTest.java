package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {
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
        InputException e = assertThrows(InputException.class, () -> SourceText.read(file, "source/latin1.md"));
        assertEquals("source/latin1.md:4:4: the file is not valid UTF-8: byte 0xE9 at byte offset 20"
                + " (save the file as UTF-8)", e.getMessage());
    }

    @Test
    void aTruncatedSequenceAtTheEndIsAnError() {
        byte[] bytes = {'a', '\n', (byte) 0xE2, (byte) 0x80};
        InputException e = assertThrows(InputException.class, () -> SourceText.decode(bytes, "t.md"));
        assertEquals("t.md:2:1", e.getMessage().substring(0, 8));
    }

    @Test
    void validTextKeepsEveryCharacterAndLosesTheByteOrderMark() {
        byte[] bytes = "\uFEFF北京 – café\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("北京 – café\n", SourceText.decode(bytes, "t.md"));
    }

    @Test
    void aMissingFileOrAFolderIsBadInput() {
        assertEquals("nope.md: no such file",
                assertThrows(InputException.class, () -> SourceText.read(dir.resolve("nope.md"), "nope.md")).getMessage());
        assertThrows(InputException.class, () -> SourceText.read(dir, "dir"));
    }
}
