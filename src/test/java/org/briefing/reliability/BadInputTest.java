package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input, through the real command line and the real PDF and EPUB renderers: exit code 2,
 * one clear error line naming the problem, and the previous good output byte-identical afterwards with no
 * temporary file left beside it.
 */
class BadInputTest {
    private static final byte[] PREVIOUS_PDF = "%PDF previous good memo".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PREVIOUS_EPUB = "previous good book".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @BeforeEach
    void previousOutputs() throws Exception {
        Files.createDirectories(dir.resolve("source"));
        Files.createDirectories(dir.resolve("output"));
        Files.write(dir.resolve("output/memo.pdf"), PREVIOUS_PDF);
        Files.write(dir.resolve("output/memo.epub"), PREVIOUS_EPUB);
    }

    private void source(String markdown) throws Exception {
        Files.writeString(dir.resolve("source/memo.md"), markdown);
    }

    /** Builds the memo as PDF and as EPUB; each must fail with exit 2 and {@code message} on stderr. */
    private void assertBadInput(String message, String... extraArgs) throws Exception {
        for (String format : List.of("pdf", "epub")) {
            String[] args = Stream.concat(Stream.of("render", "-f", format, "source/memo.md"), Stream.of(extraArgs))
                    .toArray(String[]::new);
            Cli run = Cli.run(dir, args);
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().startsWith("briefing: error: ") && run.err().contains(message), run.toString());
            assertEquals(1, run.err().lines().filter(l -> l.startsWith("briefing: error")).count(), run.toString());
            assertPreviousOutputsUntouched();
        }
    }

    private void assertPreviousOutputsUntouched() throws Exception {
        assertArrayEquals(PREVIOUS_PDF, Files.readAllBytes(dir.resolve("output/memo.pdf")));
        assertArrayEquals(PREVIOUS_EPUB, Files.readAllBytes(dir.resolve("output/memo.epub")));
        try (Stream<Path> files = Files.list(dir.resolve("output"))) {
            assertEquals(List.of("memo.epub", "memo.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSourceThatIsNotUtf8NamesTheBadByte() throws Exception {
        Files.write(dir.resolve("source/memo.md"), new byte[] {'#', ' ', 'T', '\n', '\n', 'a', (byte) 0xE9, 'b', '\n'});
        assertBadInput("source/memo.md:3:2: not valid UTF-8: byte 0xE9 at offset 6");
    }

    @Test
    void anUnreadableSourceIsBadInput() throws Exception {
        Files.createDirectories(dir.resolve("source/memo.md"));
        assertBadInput("source/memo.md");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws Exception {
        source("---\ntitle: [unclosed\nkind: memo\n---\n\nText.\n");
        assertBadInput("source/memo.md:");
    }

    @Test
    void aWrongTypeInTheFrontMatterNamesTheKey() throws Exception {
        source("---\ntitle: {nested: map}\n---\n\nText.\n");
        assertBadInput("title");
    }

    @Test
    void aMissingImageNamesFileAndLine() throws Exception {
        source("# Memo\n\n![Chart](chart.png)\n");
        assertBadInput("memo.md:3: image not found: chart.png");
    }

    @Test
    void anImageThatDoesNotDecodeIsBadInput() throws Exception {
        Files.write(dir.resolve("source/chart.png"), TestImages.brokenPng());
        source("# Memo\n\n![Chart](chart.png)\n");
        assertBadInput("memo.md:3: image 'chart.png' cannot be decoded");
    }

    @Test
    void anImageThatIsNotPngOrJpegIsBadInput() throws Exception {
        Files.writeString(dir.resolve("source/chart.png"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        source("# Memo\n\n![Chart](chart.png)\n");
        assertBadInput("memo.md:3: image 'chart.png' is not a PNG or JPEG image");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeDecoding() throws Exception {
        byte[] bomb = TestImages.bombPng();
        assertTrue(bomb.length < 4096, "the bomb is small: " + bomb.length);
        Files.write(dir.resolve("source/bomb.png"), bomb);
        source("# Memo\n\n![Chart](bomb.png)\n");
        assertBadInput("memo.md:3: image 'bomb.png' claims 100000×100000 pixels");
    }

    @Test
    void aThemeWithAnUnknownKeyNamesIt() throws Exception {
        source("# Memo\n\nText.\n");
        Files.writeString(dir.resolve("bad.yaml"), "extends: memo\n"
                + "roles:\n  body: {colour: red}\n");
        assertBadInput("'roles.body.colour': unknown key", "--style", "bad.yaml");
    }

    @Test
    void aThemeWithAMissingFontFileNamesIt() throws Exception {
        source("# Memo\n\nText.\n");
        Files.writeString(dir.resolve("nofont.yaml"), "extends: memo\n"
                + "fonts:\n  families:\n    serif: {regular: fonts/None.ttf}\n");
        assertBadInput("font file not found", "--style", "nofont.yaml");
    }

    @Test
    void anOutputPathThatCannotBeWrittenIsBadInput() throws Exception {
        source("# Memo\n\nText.\n");
        Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        assertBadInput("cannot write the output", "-o", "blocker/memo.out");
    }

    @Test
    void aGoodRebuildReplacesTheOutputAndAFailedOneKeepsIt() throws Exception {
        source("# Memo\n\nText.\n");
        Cli good = Cli.run(dir, "render", "-f", "pdf", "source/memo.md");
        assertEquals(0, good.exit(), good.toString());
        byte[] built = Files.readAllBytes(dir.resolve("output/memo.pdf"));
        assertTrue(new String(built, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        source("# Memo\n\n![Chart](missing.png)\n");
        Cli bad = Cli.run(dir, "render", "-f", "pdf", "source/memo.md");
        assertEquals(2, bad.exit(), bad.toString());
        assertArrayEquals(built, Files.readAllBytes(dir.resolve("output/memo.pdf")));
    }
}
