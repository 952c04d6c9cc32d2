package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.render.Renderers;
import org.briefing.render.text.DisplayWidth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: {@code java -jar target/briefing.jar …} in its own process. */
class CliIT {
    private static final Path JAR = Path.of(System.getProperty("briefing.jar", "target/briefing.jar")).toAbsolutePath();
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(Path workingDir, List<String> command) throws Exception {
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("COLUMNS");
        builder.environment().remove("SOURCE_DATE_EPOCH");
        int exit = builder.start().waitFor();
        return new Result(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(REPO, command);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void printOfTheSeedIsPlainTextWithEveryWord() throws Exception {
        Result result = jar("print", "source/north-korea-us-china-cooperation.md");
        assertEquals(0, result.exit(), result.err());
        assertFalse(result.out().contains("\u001b"), "no ANSI escapes into a pipe");
        String seed = Files.readString(Path.of("src/test/resources/text/seed.txt"), StandardCharsets.UTF_8);
        List<String> words = List.of(result.out().split("[\\s\u00a0]+"));
        for (String word : seed.split("[\\s\u00a0•]+")) {
            assertTrue(word.isEmpty() || words.contains(word), "missing word: " + word);
        }
    }

    @Test
    void printAtSixtyColumnsHasNoWiderLine() throws Exception {
        Result result = jar("print", "source/north-korea-us-china-cooperation.md", "--width", "60");
        assertEquals(0, result.exit(), result.err());
        result.out().lines().forEach(line -> assertTrue(DisplayWidth.of(line) <= 60, line));
    }

    @Test
    void versionAndUnknownStyleOrFormat() throws Exception {
        Result version = jar("--version");
        assertEquals(0, version.exit());
        assertEquals("briefing 0.1.0-SNAPSHOT", version.out().strip());

        Result style = jar("print", "source/north-korea-us-china-cooperation.md", "--style", "nope");
        assertEquals(2, style.exit());
        assertTrue(style.err().startsWith("briefing: error: no theme 'nope'") && style.err().contains("available: memo"),
                style.err());

        Result format = jar("render", "--format", "docx", "source/north-korea-us-china-cooperation.md");
        assertEquals(2, format.exit());
        assertTrue(format.err().startsWith("briefing: error: unknown format 'docx'; known formats: "), format.err());
        assertTrue(format.err().contains("text"), format.err());
    }

    @Test
    void buildPublishesTheBundledBriefingInEveryFileFormatWithTheSameBytesEachTime() throws Exception {
        Renderers renderers = Renderers.discover();
        Assumptions.assumeTrue(renderers.has("pdf") && renderers.has("epub"), "needs the pdf and epub renderers");
        Path work = Files.createDirectories(dir.resolve("work/source"));
        String name = "north-korea-us-china-cooperation";
        Files.copy(REPO.resolve("source/" + name + ".md"), work.resolve(name + ".md"));
        List<String> command = List.of(javaBinary(), "-jar", JAR.toString(), "build");
        Result first = run(dir.resolve("work"), command);
        assertEquals(0, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("[1/1] source/" + name + ".md → "), first.out());
        Path pdf = dir.resolve("work/output/" + name + ".pdf");
        Path epub = dir.resolve("work/output/" + name + ".epub");
        byte[] pdfBytes = Files.readAllBytes(pdf);
        byte[] epubBytes = Files.readAllBytes(epub);
        assertTrue(new String(pdfBytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertTrue(epubBytes.length > 0 && epubBytes[0] == 'P' && epubBytes[1] == 'K');

        Result second = run(dir.resolve("work"), command);
        assertEquals(0, second.exit(), second.err());
        assertArrayEquals(pdfBytes, Files.readAllBytes(pdf), "same input, same PDF bytes");
        assertArrayEquals(epubBytes, Files.readAllBytes(epub), "same input, same EPUB bytes");
    }

    @Test
    void buildWithOneBadFileAmongGoodOnesUsingAPluginFromTheClassPath() throws Exception {
        Path source = Files.createDirectories(dir.resolve("work/source"));
        Files.writeString(source.resolve("a.md"), "---\ntitle: A\n---\n\nText.\n");
        Files.write(source.resolve("b.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xFF, '\n'});
        Files.writeString(source.resolve("c.md"), "---\ntitle: C\n---\n\nText.\n");
        // The test classes hold a renderer the jar does not know: plug-ins need no change to the jar.
        String classPath = JAR + File.pathSeparator + REPO.resolve("target/test-classes");
        Result result = run(dir.resolve("work"), List.of(javaBinary(), "-cp", classPath, "org.briefing.cli.Main",
                "build", "--format", "fake"));
        assertEquals(2, result.exit(), result.out() + result.err());
        assertTrue(Files.exists(dir.resolve("work/output/a.fake")));
        assertTrue(Files.exists(dir.resolve("work/output/c.fake")));
        assertFalse(Files.exists(dir.resolve("work/output/b.fake")));
        assertTrue(result.err().contains("briefing: error: source/b.md:2:1: not valid UTF-8"), result.err());
        assertTrue(result.out().contains("Built 2 of 3 document(s)"), result.out());
    }
}
