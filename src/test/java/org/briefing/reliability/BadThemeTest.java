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
}
