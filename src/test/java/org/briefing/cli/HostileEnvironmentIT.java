package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar in its own process, where the operating system is part of the fault: a full disk or a closed
 * pipe on standard output, the C locale with a non-ASCII file name, and a build killed with SIGKILL.
 */
class HostileEnvironmentIT {
    private static final Path JAR = Path.of(System.getProperty("briefing.jar", "target/briefing.jar")).toAbsolutePath();
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeEach
    void sources() throws Exception {
        Files.writeString(dir.resolve("café.md"), "# Café\n\nText.\n");
        StringBuilder big = new StringBuilder("# Big\n\n");
        for (int i = 0; i < 6000; i++) {
            big.append("Paragraph ").append(i).append(" with enough words to fill a pipe's buffer quickly.\n\n");
        }
        Files.writeString(dir.resolve("big.md"), big);
    }

    private ProcessBuilder jar(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        builder.environment().putAll(environment);
        return builder;
    }

    private static String stderr(Process process) throws Exception {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aFullDiskOnStandardOutputIsExitOne() throws Exception {
        Process process = jar(Map.of("LANG", "C.UTF-8"), "print", "big.md").redirectOutput(new File("/dev/full")).start();
        String err = stderr(process);
        assertEquals(1, process.waitFor(), err);
        assertEquals("briefing: error: cannot write to standard output: No space left on device\n", err);
    }

    @Test
    void aClosedPipeEndsQuietly() throws Exception {
        Process process = jar(Map.of("LANG", "C.UTF-8"), "print", "big.md").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("Big", out.readLine().strip());
        }
        String err = stderr(process);
        assertEquals(Main.CLOSED_PIPE, process.waitFor(), err);
        assertEquals("", err);
    }

    @Test
    void aNonAsciiNameUnderTheCLocale() throws Exception {
        Process plain = jar(Map.of("LC_ALL", "C"), "print", "café.md").start();
        String err = stderr(plain);
        assertEquals(2, plain.waitFor(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("briefing: error: ") && err.contains("LANG=C.UTF-8"), err);

        ProcessBuilder launcher = new ProcessBuilder("/bin/sh", REPO.resolve("bin/briefing").toString(), "print",
                "café.md").directory(dir.toFile());
        launcher.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        launcher.environment().put("LC_ALL", "C");
        launcher.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process launched = launcher.start();
        String out = new String(launched.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String launchedErr = stderr(launched);
        assertEquals(0, launched.waitFor(), launchedErr);
        assertTrue(out.contains("Café"), out);
    }

    @Test
    void theNextRunRemovesWhatAKilledBuildLeft() throws Exception {
        Process build = jar(Map.of("LANG", "C.UTF-8"), "build", "-o", "out", "big.md").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partFiles().isEmpty() && System.nanoTime() < deadline && build.isAlive()) {
            Thread.sleep(20);
        }
        build.destroyForcibly().waitFor();
        assertTrue(!partFiles().isEmpty(), "the killed build left its temporary files");
        Process next = jar(Map.of("LANG", "C.UTF-8"), "build", "-f", "epub", "-o", "out", "café.md").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, next.waitFor());
        assertEquals(List.of(), partFiles());
    }

    private List<String> partFiles() throws Exception {
        if (!Files.isDirectory(dir.resolve("out"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }
}
