package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and careless themes (issue 15): every one is refused with file:line:column and what is allowed. */
class ThemeHardeningTest {
    private static final ThemeLoader STYLES = new ThemeLoader(Path.of("styles"));

    @TempDir
    Path dir;

    /** Writes {@code text} as {@code dir/t.yaml} and returns the message of the error loading it. */
    private String refused(String text) throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, text);
        return assertThrows(InputException.class, () -> STYLES.load(file.toString())).getMessage();
    }

    private String at(int line, int column) {
        return dir.resolve("t.yaml") + ":" + line + ":" + column + ": ";
    }

    @Test
    void extendsNamesAThemeNotAPath() throws Exception {
        String m = refused("extends: ../../../../../../../../etc/passwd\n");
        assertTrue(m.startsWith(at(1, 10) + "'extends': names a theme"), m);
        assertFalse(m.contains("root:"), m);
        m = refused("extends: " + Path.of("styles/memo.yaml").toAbsolutePath() + "\n");
        assertTrue(m.startsWith(at(1, 10) + "'extends': names a theme"), m);
    }

    @Test
    void extendsFindsTheThemeInItsOwnFolderThenInTheStylesFolder() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), "extends: memo\nroles:\n  body: {size: 11}\n");
        Files.writeString(dir.resolve("t.yaml"), "extends: base\npage: {size: Letter}\n");
        Theme theme = STYLES.load(dir.resolve("t.yaml").toString());
        assertEquals(11, theme.style(Role.BODY).size());
        assertEquals("Letter", theme.page().sizeName());
    }

    @Test
    void anExtendsCycleNamesTheLine() throws Exception {
        Files.writeString(dir.resolve("b.yaml"), "\nextends: t\n");
        String m = refused("extends: b\n");
        assertTrue(m.startsWith(dir.resolve("b.yaml") + ":2:10: 'extends': themes extend each other in a circle"), m);
    }

    @Test
    void aThemeThatIsNotUtf8NamesTheByte() throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.write(file, "extends: memo\npage: {size: A4}  # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        String m = assertThrows(InputException.class, () -> STYLES.load(file.toString())).getMessage();
        assertTrue(m.startsWith(at(2, 24) + "not valid UTF-8"), m);
    }

    @Test
    void aCustomPageWithoutWidthNamesTheSize() throws Exception {
        String m = refused("extends: memo\npage:\n  size: custom\n  height: 200mm\n");
        assertTrue(m.startsWith(at(3, 9) + "'page.size': size custom needs 'width'"), m);
    }

    @Test
    void lengthsOutsideTheirRangeSayWhatIsAllowed() throws Exception {
        String m = refused("extends: memo\npage:\n  margin: {top: -10}\n");
        assertTrue(m.startsWith(at(3, 17) + "'page.margin.top': expected a length from 0 to"), m);
        m = refused("extends: memo\nroles:\n  body: {indent: 10000}\n");
        assertTrue(m.startsWith(at(3, 18) + "'roles.body.indent': expected a length from 0 to"), m);
        m = refused("extends: memo\npage: {size: custom, width: 100000, height: 800}\n");
        assertTrue(m.startsWith(at(2, 29) + "'page.width': expected a length from 72 to 14400 pt"), m);
        m = refused("extends: memo\nroles:\n  h1: {size: 0.1}\n");
        assertTrue(m.startsWith(at(3, 14) + "'roles.h1.size': expected a length from"), m);
        m = refused("extends: memo\nroles:\n  h1: {letter-spacing: 300}\n");
        assertTrue(m.contains("'roles.h1.letter-spacing': expected a length from"), m);
        m = refused("extends: memo\nroles:\n  quote: {space-before: -4}\n");
        assertTrue(m.contains("'roles.quote.space-before': expected a length from 0"), m);
        m = refused("extends: memo\nroles:\n  body: {leading: 1e9}\n");
        assertTrue(m.contains("'roles.body.leading'"), m);
    }

    @Test
    void aTextAreaThatCannotHoldALineIsRefused() throws Exception {
        String m = refused("extends: memo\npage: {size: custom, width: 20, height: 20, margin: 0}\n");
        assertTrue(m.startsWith(at(2, 29) + "'page.width': expected a length from 72"), m);
        m = refused("extends: memo\npage:\n  size: custom\n  width: 300\n  height: 100\n  margin: 40\n");
        assertTrue(m.startsWith(at(6, 11) + "'page.margin'"), m);
        assertTrue(m.contains("leave a text area of 220 × 20 pt"), m);
    }

    @Test
    void aFileThatIsNotAFontNamesTheFontAndTheThemeLine() throws Exception {
        Files.createDirectories(dir.resolve("fonts"));
        Files.writeString(dir.resolve("fonts/Fake.ttf"), "this is not a font at all, just some text");
        String m = refused("extends: memo\nfonts:\n  families:\n    serif: {regular: fonts/Fake.ttf}\n");
        assertTrue(m.startsWith(at(4, 22) + "'fonts.families.serif.regular': fonts/Fake.ttf is not a TrueType font"), m);
        assertFalse(m.contains("just some text"), m);
    }

    @Test
    void aTruncatedFontNamesTheFontAndTheThemeLine() throws Exception {
        Files.createDirectories(dir.resolve("fonts"));
        byte[] whole = Files.readAllBytes(Path.of("styles/fonts/NotoSans-Regular.ttf"));
        Files.write(dir.resolve("fonts/Cut.ttf"), Arrays.copyOf(whole, whole.length / 2));
        String m = refused("extends: memo\nfonts:\n  fallback: [fonts/Cut.ttf]\n");
        assertTrue(m.startsWith(at(3, 14) + "'fonts.fallback[0]': fonts/Cut.ttf is truncated or damaged"), m);
    }

    @Test
    void aDuplicateKeyInAThemeIsRefused() throws Exception {
        String m = refused("extends: memo\nroles:\n  body: {size: 9}\n  body: {size: 10}\n");
        assertTrue(m.startsWith(at(4, 3) + "'roles.body': duplicate key (first at line 3)"), m);
    }

    @Test
    void aKeyWithNothingAfterItFailsWhereItIs() throws Exception {
        // Found by ThemeFuzzTest (crash-colour-key-without-value): an empty colour threw NoSuchElementException.
        String m = refused("extends: memo\ncolors:\n  ink:\n");
        assertTrue(m.startsWith(at(3, 7)) && m.contains("'colors.ink': expected text, found nothing"), m);
        m = refused("extends: memo\nfonts:\n  families:\n    extra:\n");
        assertTrue(m.startsWith(at(4, 11)) && m.contains("font family 'extra' has no 'regular' face"), m);
    }

    @Test
    void theBundledThemesStillLoad() {
        assertEquals("memo", STYLES.load("memo").name());
    }
}
