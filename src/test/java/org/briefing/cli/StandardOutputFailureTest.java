package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standard output that cannot be written (full disk, closed pipe) is not a success: a full disk is exit 1
 * with one error line; a closed pipe ends the run quietly, as {@code cat} does.
 */
class StandardOutputFailureTest {
    @TempDir
    Path dir;

    @BeforeEach
    void source() throws Exception {
        Files.createDirectories(dir.resolve("source"));
        Files.writeString(dir.resolve("source/memo.md"), "# Memo\n\nSome text.\n");
    }

    /** Standard output whose every write fails with {@code reason}, as the operating system reports it. */
    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    private record Run(int exit, String err) {
    }

    private Run run(PrintStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(Map.of("SOURCE_DATE_EPOCH", "0"), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, false, Path.of("target/briefing.jar").toAbsolutePath());
        return new Run(Main.run(context, args), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFullDiskIsAFailureWithOneLine() {
        for (String[] args : new String[][] {{"print", "source/memo.md"}, {"render", "-f", "fake", "-o", "-",
                "source/memo.md"}, {"--version"}}) {
            Run run = run(StandardOutput.over(failing("No space left on device")), args);
            assertEquals(1, run.exit(), String.join(" ", args) + ": " + run.err());
            assertEquals("briefing: error: cannot write to standard output: No space left on device\n", run.err());
        }
    }

    @Test
    void aPlainPrintStreamThatFailsIsStillAFailure() {
        Run run = run(new PrintStream(failing("boom"), true, StandardCharsets.UTF_8), "print", "source/memo.md");
        assertEquals(1, run.exit(), run.err());
    }

    @Test
    void aClosedPipeEndsQuietly() {
        Run run = run(StandardOutput.over(failing("Broken pipe")), "print", "source/memo.md");
        assertEquals(Main.CLOSED_PIPE, run.exit(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void theSystemStreamReportsTheReason() {
        Run run = run(StandardOutput.over(failing("Input/output error")), "print", "source/memo.md");
        assertEquals(1, run.exit(), run.err());
        assertEquals("briefing: error: cannot write to standard output: Input/output error\n", run.err());
    }
}
