package org.briefing.render.epub.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.render.epub.pack.BookFile;
import org.briefing.style.Role;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** Fonts embedded for the faces the text uses, fallbacks cut to the characters needed, CSS from the theme. */
class StyleTest {
    private static final Theme THEME = new ThemeLoader(Path.of("styles")).load("memo");

    @Test
    void onlyUsedFacesAreEmbeddedAndCjkComesFromASmallSubsetOfTheFallback() throws Exception {
        FaceUsage usage = new FaceUsage();
        usage.record(new FaceUsage.Face("serif", false, false), "Plain text 中文 and ☑");
        usage.record(new FaceUsage.Face("sans", true, false), "Heading");
        List<String> warnings = new ArrayList<>();
        EmbeddedFonts fonts = EmbeddedFonts.plan(THEME, usage, warnings::add);
        List<String> hrefs = fonts.files().stream().map(BookFile::href).toList();
        assertEquals(List.of("fonts/NotoSans-Bold-subset.ttf", "fonts/CharisSIL-Regular.ttf", "fonts/fallback-1.ttf",
                "fonts/fallback-3.ttf"), hrefs);
        assertTrue(fonts.files().stream().allMatch(f -> f.mediaType().equals("font/ttf")));
        assertEquals(java.nio.file.Files.size(Path.of("styles/fonts/CharisSIL-Regular.ttf")),
                fonts.files().get(1).bytes().length, "a font with reserved names is embedded unmodified");
        assertTrue(fonts.files().get(0).bytes().length < 40_000, "Noto Sans (no reserved names) is subset");
        BookFile cjk = fonts.files().get(3);
        assertTrue(cjk.bytes().length < 20_000, "CJK subset is " + cjk.bytes().length + " bytes");
        Path subset = java.nio.file.Files.createTempFile("subset", ".ttf");
        java.nio.file.Files.write(subset, cjk.bytes());
        try (LoadedFont font = LoadedFont.open(subset, java.nio.file.Files.readAllBytes(subset))) {
            assertTrue(font.has('中') && font.has('文'));
            assertFalse(font.has('字'), "only the characters used");
        }
        assertEquals(List.of(), warnings);
        assertEquals(List.of("briefing-fallback-1", "briefing-fallback-3"), fonts.fallbacks());
    }

    @Test
    void charactersNoFontHasAreReported() {
        FaceUsage usage = new FaceUsage();
        usage.record(new FaceUsage.Face("serif", false, false), "\uE000");
        List<String> warnings = new ArrayList<>();
        EmbeddedFonts.plan(THEME, usage, warnings::add);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("U+E000"), warnings.toString());
    }

    @Test
    void stylesheetComesFromTheTheme() {
        FaceUsage usage = new FaceUsage();
        usage.record(new FaceUsage.Face("serif", false, false), "a");
        String css = ThemeCss.of(THEME, EmbeddedFonts.plan(THEME, usage, w -> { }));
        assertTrue(css.contains("@font-face { font-family: \"briefing-serif\"; font-weight: normal; font-style: normal; "
                + "src: url(\"../fonts/CharisSIL-Regular.ttf\"); }"), css);
        assertEquals(1, css.split("@font-face", -1).length - 1, "one face used, one declared");
        String h1 = css.lines().filter(l -> l.startsWith("h1 {")).findFirst().orElseThrow();
        assertTrue(h1.contains("color: " + THEME.style(Role.H1).color().hex()), h1);
        assertTrue(h1.contains("font-family: \"briefing-sans\", sans-serif"), h1);
        assertTrue(h1.contains("font-size: 1.333em"), "14pt over 10.5pt body: " + h1);
        assertTrue(css.contains(".banner { ") && css.contains("text-transform: uppercase"), css);
        assertTrue(css.lines().filter(l -> l.startsWith("body {")).findFirst().orElseThrow().contains("text-align: justify"));
        Set<String> selectors = new TreeSet<>();
        css.lines().filter(l -> l.contains(" { ")).forEach(l -> selectors.add(l.substring(0, l.indexOf(" { "))));
        assertTrue(selectors.containsAll(List.of("blockquote", "pre", "table", "th", "figcaption, .missing-image",
                "aside.footnote", "h1.title", ".subtitle", ".kind", ".letterhead", ".meta")), selectors.toString());
    }
}
