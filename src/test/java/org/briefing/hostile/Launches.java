package org.briefing.hostile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.briefing.cli.CliContext;
import org.briefing.cli.Main;

/**
 * Ways to start the program: in this JVM through {@code Main.run} (fast; most cases), or as a real process
 * on the shaded jar for what only a process has (its locale, a closed or full standard output, a kill).
 */
final class Launches {
    /** The jar the process cases run; Failsafe passes it, and the repository's one is the fallback. */
    static final Path JAR = Path.of(System.getProperty("briefing.jar", "target/briefing.jar")).toAbsolutePath();
    /** A fixed time so that outputs do not depend on the clock. */
    static final Map<String, String> REPRODUCIBLE = Map.of("SOURCE_DATE_EPOCH", "0");
    private static final long PROCESS_TIMEOUT_SECONDS = 30;

    private Launches() {
    }

    /** {@code briefing args…} in this JVM, in the case folder, with SOURCE_DATE_EPOCH=0. */
    static HostileCase.Launch inProcess(String... args) {
        return inProcess(REPRODUCIBLE, args);
    }

    /** {@code briefing args…} in this JVM with the given environment. */
    static HostileCase.Launch inProcess(Map<String, String> environment, String... args) {
        List<String> arguments = List.of(args);
        return dir -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // The jar path only locates styles/ beside target/; the classes come from this JVM.
            CliContext context = new CliContext(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), dir, false, JAR);
            int exit = Main.run(context, arguments.toArray(String[]::new));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        };
    }

    /** {@code java -jar briefing.jar args…} as a process in the case folder, with extra environment. */
    static HostileCase.Launch process(Map<String, String> environment, String... args) {
        return dir -> {
            Process process = builder(dir, environment, args).start();
            return finish(process);
        };
    }

    /** The process builder for a run of the jar; the caller may redirect its streams. */
    static ProcessBuilder builder(Path dir, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(new HashMap<>(REPRODUCIBLE));
        env.putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder;
    }

    /** Waits for a process, reading both streams at once so that neither fills its pipe. */
    static Run finish(Process process) throws Exception {
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + PROCESS_TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), out.get(), err.get());
    }

    static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a short system command (mkfifo, ln) for a fixture. */
    static void system(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = drain(process.getInputStream());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
