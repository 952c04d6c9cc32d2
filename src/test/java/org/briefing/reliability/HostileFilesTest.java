package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what a build expects: an output that is one of its inputs, a FIFO or device as source,
 * a huge source, a file name the platform cannot hold. Each is exit 2 with one error line and nothing written.
 */
class HostileFilesTest {
    private static final String MEMO = "# Memo\n\nSome text.\n";

    @TempDir
    Path dir;

    @BeforeEach
    void source() throws Exception {
        Files.createDirectories(dir.resolve("source"));
        Files.writeString(dir.resolve("source/memo.md"), MEMO);
    }

    private static void assertOneError(Cli run, String start) {
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().startsWith("briefing: error: " + start), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
    }

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputThatIsTheSourceIsRefused() throws Exception {
        assertOneError(Cli.run(dir, "render", "-f", "fake", "-o", "source/memo.md", "source/memo.md"),
                "source/memo.md: the output would overwrite an input");
        Files.createSymbolicLink(dir.resolve("link.fake"), dir.resolve("source/memo.md"));
        assertOneError(Cli.run(dir, "render", "-f", "fake", "-o", "link.fake", "source/memo.md"),
                "link.fake: the output would overwrite an input");
        assertEquals(MEMO, Files.readString(dir.resolve("source/memo.md")));
        assertEquals(List.of("memo.md"), names(dir.resolve("source")));
    }

    @Test
    void anOutputThatIsOneOfTheDocumentsImagesIsRefused() throws Exception {
        byte[] png = TestImages.goodPng();
        Files.write(dir.resolve("source/pic.png"), png);
        Files.writeString(dir.resolve("source/memo.md"), "# Memo\n\n![A picture](pic.png)\n");
        for (String format : List.of("pdf", "epub")) {
            assertOneError(Cli.run(dir, "render", "-f", format, "-o", "source/pic.png", "source/memo.md"),
                    "source/pic.png: the output would overwrite an input");
            assertArrayEquals(png, Files.readAllBytes(dir.resolve("source/pic.png")));
            assertEquals(List.of("memo.md", "pic.png"), names(dir.resolve("source")));
        }
    }

    @Test
    void anOutputThatIsAParentThemeIsRefused() throws Exception {
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("base.yaml"), "extends: memo\n");
        Files.writeString(styles.resolve("child.yaml"), "extends: base\n");
        assertOneError(Cli.run(dir, "render", "-f", "fake", "--style", "styles/child.yaml", "-o", "styles/base.yaml",
                "source/memo.md"), "styles/base.yaml: the output would overwrite an input");
        assertEquals("extends: memo\n", Files.readString(styles.resolve("base.yaml")));
    }

    @Test
    void aBuildWhoseOutputIsASourceIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.fake"), MEMO);
        Cli run = Cli.run(dir, "build", "-f", "fake", "-o", ".", "notes.fake");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("notes.fake: the output would overwrite an input"), run.toString());
        assertEquals(MEMO, Files.readString(dir.resolve("notes.fake")));
    }

    @Test
    void anOutputThatIsTheThemeIsRefused() throws Exception {
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Path repoStyles = Path.of("styles").toAbsolutePath();
        Files.copy(repoStyles.resolve("memo.yaml"), styles.resolve("memo.yaml"));
        Files.createSymbolicLink(styles.resolve("fonts"), repoStyles.resolve("fonts"));
        String theme = Files.readString(styles.resolve("memo.yaml"));
        assertOneError(Cli.run(dir, "render", "-f", "fake", "--style", "styles/memo.yaml", "-o", "styles/memo.yaml",
                "source/memo.md"), "styles/memo.yaml: the output would overwrite an input");
        assertEquals(theme, Files.readString(styles.resolve("memo.yaml")));
    }

    @Test
    void aFifoSourceIsRefusedWithoutWaiting() throws Exception {
        Path fifo = dir.resolve("pipe.md");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (String[] args : new String[][] {{"print", "pipe.md"}, {"render", "-f", "fake", "pipe.md"},
                {"build", "-f", "fake", "pipe.md"}}) {
            Cli run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(dir, args));
            assertOneError(run, "pipe.md: not a regular file");
        }
    }

    @Test
    void aDeviceSourceIsRefused() {
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(dir, "print", "/dev/zero"));
        assertOneError(run, "/dev/zero: not a regular file");
    }

    @Test
    void aHugeSourceIsRefusedNamingTheLimit() throws Exception {
        Files.write(dir.resolve("huge.md"), new byte[16 * 1024 * 1024 + 1]);
        assertOneError(Cli.run(dir, "print", "huge.md"),
                "huge.md: the file is 16777217 bytes, over the limit of 16 MiB");
    }

    @Test
    void aBuildIntoTheWorkingFolderNamesIt() {
        Cli run = Cli.run(dir, "build", "-f", "fake", "-o", ".", "source/memo.md");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains(" file(s) in ./ ("), run.toString());
        assertFalse(run.out().contains(" in / "), run.toString());
    }

    @Test
    void twoSourcesWithTheSameNameAreRefusedBeforeEitherIsBuilt() throws Exception {
        Files.createDirectories(dir.resolve("source/2016"));
        Files.writeString(dir.resolve("source/2016/memo.md"), "# Old memo\n");
        Cli run = Cli.run(dir, "build", "-f", "fake");
        assertOneError(run, "source/memo.md: writes the same output files as source/2016/memo.md");
        assertFalse(Files.exists(dir.resolve("output")), run.toString());
    }

    @Test
    void aWorkingFolderThatIsGoneIsNamed() {
        Cli run = Cli.run(dir.resolve("gone"), "print", "memo.md");
        assertOneError(run, dir.resolve("gone") + ": the working folder cannot be found");
    }

    @Test
    void aFileNameThePlatformCannotHoldIsOneError() {
        for (String[] args : new String[][] {{"print", "bad\u0000name.md"}, {"build", "-f", "fake", "bad\u0000name.md"},
                {"render", "-f", "fake", "-o", "out\u0000.fake", "source/memo.md"},
                {"print", "--style", "bad\u0000.yaml", "source/memo.md"}}) {
            Cli run = Cli.run(dir, args);
            assertOneError(run, "");
            assertTrue(run.err().contains("cannot be used as a file name"), run.toString());
        }
    }
}
