package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLoaderTest {
    private final ThemeLoader styles = new ThemeLoader(Path.of("styles"));

    @Test
    void defaultThemeResolvesEveryRoleAndFont() {
        Theme memo = styles.load("memo");
        assertEquals("A4", memo.page().sizeName());
        assertEquals(595.276, memo.page().width(), 0.01);
        assertEquals(24 * 72 / 25.4, memo.page().marginLeft(), 0.001);
        for (Role role : Role.values()) {
            TextStyle style = memo.style(role);
            assertTrue(memo.families().containsKey(style.font()), role + " font");
            assertTrue(Files.isRegularFile(memo.family(role).face(style.bold(), style.italic())));
        }
        assertEquals(Align.JUSTIFY, memo.style(Role.BODY).align());
        assertEquals(3, memo.fallbackFonts().size());
        assertTrue(memo.style(Role.BANNER).uppercase());
        assertEquals(memo.accent(), memo.style(Role.H1).color());
    }

    @Test
    void rolesInheritFromBodyButNotSpacing() {
        Theme memo = styles.load("memo");
        TextStyle list = memo.style(Role.LIST);
        TextStyle body = memo.style(Role.BODY);
        assertEquals(body.font(), list.font());
        assertEquals(body.size(), list.size());
        assertEquals(16, list.indent());
        assertEquals(3, list.spaceAfter());
        assertEquals(0, memo.style(Role.TABLE_HEADER).spaceAfter());
    }

    @Test
    void aThemeExtendsAnotherAndOverridesOnlyWhatItSays(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("letter.yaml"), """
                extends: %s
                page:
                  size: Letter
                roles:
                  body: {size: 12}
                """.formatted("memo"));
        Theme letter = new ThemeLoader(dir, Path.of("styles")).load("letter");
        Theme memo = styles.load("memo");
        assertEquals("Letter", letter.page().sizeName());
        assertEquals(612, letter.page().width());
        assertEquals(memo.page().marginTop(), letter.page().marginTop());
        assertEquals(12, letter.style(Role.BODY).size());
        assertEquals(14.2, letter.style(Role.BODY).leading(), 1e-9, "leading set by the parent still applies");
        assertEquals(memo.style(Role.BODY).font(), letter.style(Role.BODY).font());
        assertEquals(memo.style(Role.H1), letter.style(Role.H1));
        assertEquals(memo.fallbackFonts(), letter.fallbackFonts());
    }

    @Test
    void unknownKeyNamesFileLineAndAllowedKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "extends: memo\nroles:\n  body: {colour: red}\n");
        InputException e = assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("bad"));
        assertTrue(e.getMessage().startsWith(file + ":3:10: 'roles.body.colour': unknown key; allowed here: align,"),
                e.getMessage());
    }

    @Test
    void unknownRoleIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "extends: memo\n"
                + "roles:\n  sidebar: {size: 9}\n");
        InputException e = assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("bad"));
        assertTrue(e.getMessage().contains(":3:3: 'roles.sidebar': unknown key; allowed here: banner, body"), e.getMessage());
    }

    @Test
    void badValuesSayWhatIsAllowed(@TempDir Path dir) throws Exception {
        String base = "extends: memo\n";
        Files.writeString(dir.resolve("size.yaml"), base + "page: {size: A5}\n");
        assertTrue(assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("size")).getMessage()
                .contains("'page.size': expected one of a4, letter, custom, found 'A5'"));
        Files.writeString(dir.resolve("color.yaml"), base + "roles:\n  h1: {color: reddish}\n");
        assertTrue(assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("color")).getMessage()
                .contains("'roles.h1.color': expected #rrggbb or a colour named in 'colors'"));
        Files.writeString(dir.resolve("len.yaml"), base + "roles:\n  h1: {size: big}\n");
        assertTrue(assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("len")).getMessage()
                .contains("'roles.h1.size': expected a length"));
        Files.writeString(dir.resolve("family.yaml"), base + "roles:\n  h1: {font: fancy}\n");
        assertTrue(assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("family")).getMessage()
                .contains("no font family 'fancy'; families: mono, sans, serif"));
    }

    @Test
    void theReportThemeComposesAsAReport() {
        Theme memo = styles.load("memo");
        Theme report = styles.load("report");
        assertEquals(new Figures(false, Figures.Placement.TOP, 150, 0.6), memo.figures());
        assertEquals(new Tables(false, 7), memo.tables());
        assertEquals(8, memo.typography().keepTableRows());
        assertEquals(12, memo.typography().keepCodeLines());
        assertTrue(memo.typography().balanceLastPage());
        assertTrue(report.figures().numbered());
        assertTrue(report.tables().numbered());
        assertFalse(report.typography().balanceLastPage());
        assertEquals(BreakBefore.PAGE, report.style(Role.H1).breakBefore());
        assertEquals(BreakBefore.AUTO, report.style(Role.H2).breakBefore(), "break-before is not inherited");
    }

    @Test
    void compositionValuesOutOfRangeSayWhatIsAllowed(@TempDir Path dir) throws Exception {
        String base = "extends: memo\n";
        String[][] cases = {
            {"figures: {float: sideways}", "'figures.float': expected one of top, here, found 'sideways'"},
            {"figures: {max-height: 150%}", "'figures.max-height': expected a percentage"},
            {"figures: {resolution: 5}", "'figures.resolution': expected pixels per inch from 10 to 2400"},
            {"tables: {min-size: 20}", "'tables.min-size': expected a length from 2 to 8.8 pt"},
            {"typography: {keep-table-rows: -1}", "'typography.keep-table-rows': expected a number from 0"},
            {"roles:\n  h2: {break-before: left}", "'roles.h2.break-before': expected one of auto, page, right"},
        };
        for (String[] c : cases) {
            Files.writeString(dir.resolve("bad.yaml"), base + c[0] + "\n");
            String message = assertThrows(InputException.class,
                    () -> new ThemeLoader(dir, Path.of("styles")).load("bad")).getMessage();
            assertTrue(message.contains(c[1]), c[0] + " -> " + message);
        }
    }

    @Test
    void missingFontFileIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nofont.yaml"), "fonts:\n  families:\n    serif: {regular: fonts/None.ttf}\n");
        InputException e = assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("nofont"));
        assertTrue(e.getMessage().contains(":3:22: 'fonts.families.serif.regular': font file not found"), e.getMessage());
    }

    @Test
    void fontsOutsideTheThemeFolderAreRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("escape.yaml"), "fonts:\n  families:\n    serif: {regular: ../../etc/x.ttf}\n");
        InputException e = assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("escape"));
        assertTrue(e.getMessage().contains("must lie inside the theme's folder"), e.getMessage());
    }

    @Test
    void circularExtendsIsDetected(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "extends: b\n");
        Files.writeString(dir.resolve("b.yaml"), "extends: a\n");
        InputException e = assertThrows(InputException.class, () -> new ThemeLoader(dir, Path.of("styles")).load("a"));
        assertTrue(e.getMessage().contains("in a circle"), e.getMessage());
    }

    @Test
    void unknownThemeListsTheAvailableOnes() {
        InputException e = assertThrows(InputException.class, () -> styles.load("fancy"));
        assertTrue(e.getMessage().contains("no theme 'fancy'"), e.getMessage());
        assertTrue(e.getMessage().contains("available: memo"), e.getMessage());
        assertFalse(styles.available().isEmpty());
    }
}
