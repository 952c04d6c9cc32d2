package org.briefing.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a run of the command line sees of the world: environment, output streams, working directory,
 * whether standard output is a terminal, and where the program was loaded from. Tests pass their own.
 *
 * @param codeLocation the jar (or class folder) holding this program, or null when unknown
 */
public record CliContext(Map<String, String> environment, PrintStream out, PrintStream err, Path workingDir,
                         boolean terminal, Path codeLocation) {
    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** The real process: its environment, UTF-8 standard streams and current directory. */
    public static CliContext system() {
        // StandardOutput keeps the reason a write failed: Main tells a closed pipe from a full disk by it.
        PrintStream out = StandardOutput.over(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new CliContext(System.getenv(), out, err, Path.of("").toAbsolutePath(), stdoutIsTerminal(),
                programLocation());
    }

    /**
     * Whether standard output is a terminal. On Java 17 a console exists only for a terminal; from Java 22
     * on it may exist for pipes too, and {@code Console.isTerminal()} (looked up reflectively so that the
     * code still compiles for 17) tells the difference.
     */
    private static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Path programLocation() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
