package org.briefing.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.model.BriefingException;
import org.briefing.style.FontFamily;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** The fallback order of a face: its own font, then the theme's fallbacks, first that has a character wins. */
class FontChainTest {
    private static final Theme THEME = new ThemeLoader(Path.of("styles")).load("memo");

    @Test
    void theFaceComesFirstThenTheThemesFallbacksInOrder() {
        FontFamily serif = THEME.families().get("serif");
        FontChain chain = FontChain.of(THEME, "serif", true, false);
        assertEquals(serif.face(true, false), chain.own());
        assertEquals(THEME.fallbackFonts(), chain.files().subList(1, chain.files().size()));
        assertEquals(THEME.fallbackFonts(), FontChain.fallbacks(THEME).files());
    }

    @Test
    void anUnknownFamilyIsTheThemesError() {
        BriefingException e = assertThrows(BriefingException.class, () -> FontChain.of(THEME, "fancy", false, false));
        assertTrue(e.getMessage().contains("no font family 'fancy'"), e.getMessage());
    }

    @Test
    void theFirstFontThatHasACharacterDrawsItAndLaterOnesAreNotAsked() {
        FontChain chain = new FontChain(List.of(Path.of("a.ttf"), Path.of("b.ttf"), Path.of("c.ttf")));
        Map<Integer, Set<Integer>> has = Map.of(0, Set.of((int) 'a'), 1, Set.of((int) 'b'),
                2, Set.of((int) 'b', (int) 'c'));
        List<Integer> asked = new ArrayList<>();
        FontChain.Coverage coverage = (font, cp) -> {
            asked.add(font);
            return has.get(font).contains(cp);
        };
        assertEquals(0, chain.pick('a', coverage));
        assertEquals(List.of(0), asked);
        assertEquals(1, chain.pick('b', coverage));
        assertEquals(2, chain.pick('c', coverage));
        assertEquals(-1, chain.pick('d', coverage));
    }

    @Test
    void whiteSpaceAndInvisibleCharactersStayInTheFirstFont() {
        assertTrue(FontChain.staysInFirstFont(' ') && FontChain.staysInFirstFont(0x200D)
                && FontChain.staysInFirstFont(0xFE0F) && FontChain.staysInFirstFont(0x3000));
        assertFalse(FontChain.staysInFirstFont('a') || FontChain.staysInFirstFont('中'));
    }
}
