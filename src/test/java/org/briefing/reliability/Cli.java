package org.briefing.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.briefing.cli.CliContext;
import org.briefing.cli.Main;

/** One in-process run of the command line in a working folder, with its exit code and what it printed. */
record Cli(int exit, String out, String err) {
    static Cli run(Path workingDir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(Map.of("SOURCE_DATE_EPOCH", "0"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDir, false,
                Path.of("target/briefing.jar").toAbsolutePath());
        int exit = Main.run(context, args);
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
