package org.briefing.render.pdf.font;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.briefing.style.Role;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** Preloading puts the faces the roles use and the fallback fonts into the cache a render reads. */
class FontPreloadTest {
    @Test
    void roleFacesAndFallbacksAreLoaded() {
        Theme theme = new ThemeLoader(Path.of("styles")).load("memo");
        FontPreload.load(theme);
        var body = theme.family(Role.BODY).face(theme.style(Role.BODY).bold(), theme.style(Role.BODY).italic());
        var h1 = theme.family(Role.H1).face(theme.style(Role.H1).bold(), theme.style(Role.H1).italic());
        assertTrue(FontPreload.isLoaded(body), body.toString());
        assertTrue(FontPreload.isLoaded(h1), h1.toString());
        for (Path fallback : theme.fallbackFonts()) {
            assertTrue(FontPreload.isLoaded(fallback), fallback.toString());
        }
    }
}
