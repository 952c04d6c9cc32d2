package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile themes through the real command line (issue 15): exit 2, one error line with file:line:column,
 * nothing written, and never the content of a file that is not a theme.
 */
class BadThemeTest {
    @TempDir
    Path dir;

    @BeforeEach
    void source() throws Exception {
        Files.createDirectories(dir.resolve("source"));
        Files.writeString(dir.resolve("source/memo.md"), "# Memo\n\nText with a note.[^1]\n\n[^1]: The note.\n");
    }

    /** Renders with {@code theme} as the style, as PDF and as EPUB; each must fail with exit 2 and {@code message}. */
    private void assertRefused(String theme, String message) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), theme);
        for (String format : List.of("pdf", "epub")) {
            Cli run = Cli.run(dir, "render", "-f", format, "source/memo.md", "--style", "t.yaml");
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().startsWith("briefing: error: ") && run.err().contains(message), run.toString());
            assertFalse(run.err().contains("\tat "), run.toString());
            assertFalse(run.err().contains("root:x:0"), run.toString());
            assertFalse(Files.exists(dir.resolve("output/memo." + format)), run.toString());
        }
    }

    @Test
    void extendsCannotReadAFileOutsideTheThemes() throws Exception {
        assertRefused("extends: ../../../../../../../../../etc/passwd\n", "t.yaml:1:10: 'extends': names a theme");
    }

    @Test
    void aTinyPageIsRefusedAtOnce() throws Exception {
        assertRefused("extends: memo\npage: {size: custom, width: 20, height: 20, margin: 0}\n",
                "t.yaml:2:29: 'page.width': expected a length from 72 to 14400 pt, found 20 pt");
    }

    @Test
    void marginsThatLeaveNoTextAreaAreRefused() throws Exception {
        assertRefused("extends: memo\npage:\n  margin: {top: 400, bottom: 400}\n",
                "t.yaml:3:11: 'page.margin': the margins leave a text area of");
    }

    @Test
    void aMarginWrittenAsAFractionNamesTheLine() throws Exception {
        assertRefused("extends: memo\npage:\n  margin: 1/2\n", "t.yaml:3:11: 'page.margin': expected a length");
    }

    @Test
    void aDuplicateKeyInTheFrontMatterIsBadInput() throws Exception {
        // The YAML layer is shared: what refuses a theme's repeated key refuses the front matter's too.
        Files.writeString(dir.resolve("source/memo.md"), "---\ntitle: A\nkind: memo\ntitle: B\n---\n\nText.\n");
        Cli run = Cli.run(dir, "render", "-f", "pdf", "source/memo.md");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("memo.md:4:1: 'title': duplicate key (first at line 2)"), run.toString());
    }

    @Test
    void aFontWithDamagedTablesNamesTheFont() throws Exception {
        Files.createDirectories(dir.resolve("fonts"));
        byte[] font = Files.readAllBytes(Path.of("styles/fonts/NotoSans-Regular.ttf"));
        // The table directory stays whole, so the theme's check passes; the tables themselves are zeros.
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        for (int i = 12 + 16 * tables; i < font.length; i++) {
            font[i] = 0;
        }
        Files.write(dir.resolve("fonts/Zero.ttf"), font);
        assertRefused("extends: memo\nfonts:\n  families:\n    serif: {regular: fonts/Zero.ttf}\n", "Zero.ttf");
    }

    /** 51 aliases of one list: over SnakeYAML's alias limit, an error that carries no position of its own. */
    private static String manyAliases() {
        StringBuilder yaml = new StringBuilder("x: &a [1]\ny: [");
        for (int i = 0; i < 60; i++) {
            yaml.append(i == 0 ? "" : ", ").append("*a");
        }
        return yaml.append("]\n").toString();
    }

    @Test
    void aYamlErrorWithoutAPositionInAThemeStillNamesLineAndColumn() throws Exception {
        assertRefused("extends: memo\n" + manyAliases(), "t.yaml:1:1: invalid YAML");
    }

    @Test
    void aYamlErrorWithoutAPositionInTheFrontMatterStillNamesLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("source/memo.md"), "---\ntitle: A\n" + manyAliases() + "---\n\nText.\n");
        Cli run = Cli.run(dir, "render", "-f", "pdf", "source/memo.md");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("memo.md:2:1: invalid YAML"), run.toString());
    }

    @Test
    void aPageWidthWithoutSizeCustomIsNotSilentlyIgnored() throws Exception {
        assertRefused("extends: memo\npage:\n  width: 400\n  height: 600\n",
                "t.yaml:3:10: 'page.width': is read only for a custom page: add 'size: custom' under 'page'");
        assertRefused("extends: memo\npage: {size: letter, height: 600}\n",
                "t.yaml:2:30: 'page.height': is read only for a custom page");
    }

    /** Where a table starts and how long it is, from the font's table directory. */
    private static int[] table(byte[] font, String tag) {
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(font);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(font, entry, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(tag)) {
                return new int[] {buffer.getInt(entry + 8), buffer.getInt(entry + 12)};
            }
        }
        throw new AssertionError("no table " + tag);
    }

    /**
     * Fonts whose table directory is whole (so the theme check passes) but whose tables lie: fontbox and AWT
     * throw IllegalArgumentException, ArrayIndexOutOfBounds, NegativeArraySize… on them; each must be bad input
     * naming the font, in PDF and in EPUB.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"loca=ff", "glyf=ff", "cmap=ff", "cmap=00", "hmtx=ff",
            "hhea@34=ff", "maxp@4=ff", "head@50=ff", "head@50=00", "loca=00", "hhea=ff", "post=ff", "name=ff"})
    void aFontWithOneDamagedTableNamesTheFont(String damage) throws Exception {
        Files.createDirectories(dir.resolve("fonts"));
        byte[] font = Files.readAllBytes(Path.of("styles/fonts/NotoSans-Regular.ttf"));
        String[] parts = damage.split("=");
        String[] where = parts[0].split("@");
        int[] table = table(font, where[0]);
        byte fill = (byte) Integer.parseInt(parts[1], 16);
        int from = table[0] + (where.length > 1 ? Integer.parseInt(where[1]) : 0);
        int to = where.length > 1 ? from + 2 : table[0] + table[1];
        for (int i = from; i < to; i++) {
            font[i] = fill;
        }
        Files.write(dir.resolve("fonts/Damaged.ttf"), font);
        assertRefusedOrRendered("extends: memo\nfonts:\n  families:\n    serif: {regular: fonts/Damaged.ttf}\n",
                "Damaged.ttf");
    }

    /**
     * Some damage leaves nothing the renderers read (a 'post' table of 0xFF is still a table): then the run may
     * succeed; what it may never do is crash (exit 1) or print a stack trace.
     */
    private void assertRefusedOrRendered(String theme, String message) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), theme);
        for (String format : List.of("pdf", "epub")) {
            Cli run = Cli.run(dir, "render", "-f", format, "source/memo.md", "--style", "t.yaml");
            assertFalse(run.err().contains("\tat "), run.toString());
            if (run.exit() == 0) {
                continue;
            }
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().startsWith("briefing: error: ") && run.err().contains(message), run.toString());
            assertFalse(Files.exists(dir.resolve("output/memo." + format)), run.toString());
        }
    }

    /** A FIFO named as a theme or as a theme's font: opening it to read would block the run for ever. */
    @Test
    void aFifoThemeOrFontIsRefusedWithoutWaiting() throws Exception {
        Files.createDirectories(dir.resolve("fonts"));
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start().waitFor());
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("fonts/Pipe.ttf").toString()).start().waitFor());
        Files.writeString(dir.resolve("t.yaml"), "extends: memo\nfonts:\n  families:\n    serif: {regular: fonts/Pipe.ttf}\n");
        for (String theme : List.of("pipe.yaml", "t.yaml")) {
            for (String format : List.of("pdf", "epub")) {
                Cli run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                        () -> Cli.run(dir, "render", "-f", format, "source/memo.md", "--style", theme));
                assertEquals(2, run.exit(), run.toString());
                assertTrue(run.err().contains(theme.equals("t.yaml") ? "Pipe.ttf" : "pipe.yaml"), run.toString());
                assertTrue(run.err().contains("not a regular file"), run.toString());
            }
        }
    }
}
