package org.briefing.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing}, the start-up-tuned launcher: it gives the same bytes and exit codes as
 * {@code java -jar}, maps the class-data sharing archive {@code mvn package} made, and still works when
 * the archive is missing.
 */
class LauncherIT {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("briefing.jar", "target/briefing.jar")).toAbsolutePath();
    private static final String SEED = "source/north-korea-us-china-cooperation.md";

    @TempDir
    Path dir;

    private record Result(int exit, byte[] out, String err) {
    }

    private Result run(List<String> command) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("COLUMNS");
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = builder.start().waitFor();
        return new Result(exit, Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> command(String first, String... args) {
        List<String> command = new ArrayList<>(List.of(first));
        command.addAll(List.of(args));
        return command;
    }

    private Result viaJar(String... args) throws Exception {
        List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString());
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void givesTheSameBytesAsJavaJar() throws Exception {
        Path launcherPdf = dir.resolve("launcher.pdf");
        Path jarPdf = dir.resolve("jar.pdf");
        Result launched = run(command("bin/briefing", "pdf", SEED, "-o", launcherPdf.toString()));
        Result plain = viaJar("pdf", SEED, "-o", jarPdf.toString());
        assertEquals(0, launched.exit(), launched.err());
        assertEquals(0, plain.exit(), plain.err());
        assertArrayEquals(Files.readAllBytes(jarPdf), Files.readAllBytes(launcherPdf));
        assertEquals("", launched.err().replaceAll("Wrote .*\\R", ""), "nothing but the usual message on stderr");
        assertArrayEquals(viaJar("print", SEED).out(), run(command("bin/briefing", "print", SEED)).out());
    }

    @Test
    void passesExitCodesThrough() throws Exception {
        Result missing = run(command("bin/briefing", "print", "no-such-file.md"));
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("briefing: error: "), missing.err());
    }

    @Test
    void packageMadeAnArchiveTheJvmAccepts() throws Exception {
        // Named as scripts/cds-archive.sh names it: this JDK's version, a CDS archive before 25, an AOT cache after.
        String version = Runtime.version().version().stream().map(String::valueOf).collect(Collectors.joining("."));
        boolean aot = Runtime.version().feature() >= 25;
        Path archive = REPO.resolve("target/briefing-" + version + (aot ? ".aot" : ".jsa"));
        assertTrue(Files.isRegularFile(archive), "mvn package makes " + archive);
        // -Xshare:on and AOTMode=on fail the run instead of falling back: the archive maps for this jar.
        List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                aot ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive,
                aot ? "-XX:AOTMode=on" : "-Xshare:on", "-Xlog:class+load=info",
                "-jar", JAR.toString(), "print", SEED);
        Result result = run(command);
        assertEquals(0, result.exit(), result.err());
        String log = new String(result.out(), StandardCharsets.UTF_8);
        assertTrue(log.contains("org.briefing.cli.Main source: shared objects file"),
                "our own classes come from the archive");
    }

    @Test
    void runsWithoutTheArchive() throws Exception {
        Path home = dir.resolve("install");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(REPO.resolve("bin/briefing"), home.resolve("bin/briefing"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, home.resolve("target/briefing.jar"));
        Result result = run(command(home.resolve("bin/briefing").toString(), "print", SEED, "--width", "60"));
        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.err());
        assertArrayEquals(viaJar("print", SEED, "--width", "60").out(), result.out());
    }
}
