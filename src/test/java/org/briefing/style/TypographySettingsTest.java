package org.briefing.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's {@code typography:} section: defaults, overrides through {@code extends:}, bad values. */
class TypographySettingsTest {
    private static Theme load(Path dir, String typography) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), """
                extends: %s
                typography:
                %s
                """.formatted("memo", typography.indent(2)));
        return new ThemeLoader(dir, Path.of("styles")).load("t");
    }

    @Test
    void theMemoThemeHyphenatesAndForbidsWidowsAndOrphans() {
        Typography t = new ThemeLoader(Path.of("styles")).load("memo").typography();
        assertTrue(t.hyphenate());
        assertEquals(2, t.widows());
        assertEquals(2, t.orphans());
        assertTrue(t.opticalMargins());
        assertTrue(t.balanceLastPage(), "a memo's last page is balanced");
        assertFalse(Typography.DEFAULT.balanceLastPage(), "a theme that says nothing fills pages in order");
    }

    @Test
    void aThemeTurnsLastPageBalancingOffAndABadValueNamesFileAndLine(@TempDir Path dir) throws Exception {
        assertFalse(load(dir, "balance-last-page: false").typography().balanceLastPage());
        InputException bad = assertThrows(InputException.class, () -> load(dir, "balance-last-page: evenly"));
        assertTrue(bad.getMessage().contains("t.yaml:3") && bad.getMessage().contains("true or false"),
                bad.getMessage());
    }

    @Test
    void aThemeOverridesSomeSettingsAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Typography t = load(dir, """
                hyphenate: false
                hyphenation-exceptions: [Tsing-hua, pyong-yang]
                widows: 3
                """).typography();
        assertFalse(t.hyphenate());
        assertEquals(List.of("Tsing-hua", "pyong-yang"), t.hyphenationExceptions());
        assertEquals(3, t.widows());
        assertEquals(2, t.orphans());
    }

    @Test
    void unknownKeysAndBadValuesNameTheFileAndKey(@TempDir Path dir) {
        InputException unknown = assertThrows(InputException.class, () -> load(dir, "hyphenation: true"));
        assertTrue(unknown.getMessage().contains("hyphenation"), unknown.getMessage());
        InputException widows = assertThrows(InputException.class, () -> load(dir, "widows: 0"));
        assertTrue(widows.getMessage().contains("t.yaml") && widows.getMessage().contains("1 to 5"),
                widows.getMessage());
        InputException spaced = assertThrows(InputException.class,
                () -> load(dir, "hyphenation-exceptions: [\"two words\"]"));
        assertTrue(spaced.getMessage().contains("two words"), spaced.getMessage());
        assertThrows(InputException.class, () -> load(dir, "hyphenate: sometimes"));
    }
}
