package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands are listed in one order by help and errors, and inherit the root's options. */
class SubcommandsTest {
    private static final List<String> ALL = List.of("pdf", "epub", "print", "printers", "build", "render");

    @TempDir
    Path dir;

    @Test
    void errorsListTheCommandsInOrder() {
        CliRun none = CliRun.of(dir, "--style", "memo");
        assertEquals(2, none.exit(), none.toString());
        assertTrue(none.err().contains("no command given; commands: " + String.join(", ", ALL)), none.toString());
        CliRun unknown = CliRun.of(dir, "docx");
        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("unknown command 'docx'; commands: " + String.join(", ", ALL)),
                unknown.toString());
    }

    @Test
    void aCommandNameIsNotTakenAsTheStyle() {
        CliRun run = CliRun.of(dir, "--style", "pdf");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("Expected parameter for option '--style' but found 'pdf'"), run.toString());
    }

    @Test
    void inheritedOptionsAndHelpWorkAfterTheCommand() {
        CliRun help = CliRun.of(dir, "--quiet", "pdf", "--help");
        assertEquals(0, help.exit(), help.toString());
        assertTrue(help.out().contains("--style") && help.out().contains("--pdf-standard"), help.toString());
        CliRun bad = CliRun.of(dir, "--style", "memo", "print", "--width", "5", "x.md");
        assertEquals(2, bad.exit(), bad.toString());
        CliRun style = CliRun.of(dir, "print", "x.md", "--style=nosuch");
        assertEquals(2, style.exit(), style.toString());
        assertTrue(style.err().contains("nosuch"), style.toString());
    }
}
