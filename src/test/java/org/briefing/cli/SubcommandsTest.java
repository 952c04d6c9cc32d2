package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the subcommand a run names is registered; anything else registers all, so help and errors list them. */
class SubcommandsTest {
    private static final List<String> ALL = List.of("pdf", "epub", "print", "printers", "build", "render");

    @TempDir
    Path dir;

    @Test
    void theNamedCommandAfterRootOptionsIsTheOnlyOne() {
        assertEquals(List.of("pdf"), Subcommands.needed("pdf", "x.md"));
        assertEquals(List.of("build"), Subcommands.needed("-q", "--style", "memo", "-v", "build"));
        assertEquals(List.of("print"), Subcommands.needed("--style=memo", "print", "--help"));
        assertEquals("print", Subcommands.create("print", new BriefingCommand(CliContext.system())).name());
    }

    @Test
    void anythingElseRegistersAllInListingOrder() {
        assertEquals(ALL, Subcommands.names());
        assertEquals(ALL, Subcommands.needed());
        assertEquals(ALL, Subcommands.needed("--help"));
        assertEquals(ALL, Subcommands.needed("docx", "pdf"));
        // A style named like a command is the option's value, not the command (picocli then rejects it).
        assertEquals(ALL, Subcommands.needed("--style", "pdf"));
        assertEquals(ALL, Subcommands.needed("-qv", "pdf"));
    }

    @Test
    void inheritedOptionsAndHelpStillWorkWithOneCommandRegistered() {
        CliRun help = CliRun.of(dir, "--quiet", "pdf", "--help");
        assertEquals(0, help.exit(), help.toString());
        assertTrue(help.out().contains("--style") && help.out().contains("--pdf-standard"), help.toString());
        CliRun bad = CliRun.of(dir, "--style", "memo", "print", "--width", "5", "x.md");
        assertEquals(2, bad.exit(), bad.toString());
        CliRun none = CliRun.of(dir, "--style", "memo");
        assertTrue(none.err().contains("no command given; commands: " + String.join(", ", ALL)), none.toString());
    }


}
