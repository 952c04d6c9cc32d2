package org.briefing.render.epub.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our cmap and name reader agrees with fontbox on every bundled font, for every Unicode code point. */
class FontFactsTest {
    private static List<Path> bundledFonts() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("styles/fonts"))) {
            return files.filter(f -> f.toString().matches("(?i).*\\.tt[fc]$")).sorted().toList();
        }
    }

    @Test
    void agreesWithFontboxOnEveryCharacterAndOnReservedNames() throws Exception {
        List<Path> fonts = bundledFonts();
        assertTrue(fonts.size() >= 10, "the bundled fonts are there: " + fonts);
        int reserving = 0;
        for (Path file : fonts) {
            FontFacts facts = FontFacts.read(file).orElseThrow(() -> new AssertionError("no facts for " + file));
            try (LoadedFont font = LoadedFont.open(file, java.nio.file.Files.readAllBytes(file))) {
                assertEquals(font.reservesNames(), facts.reservesNames(), file.toString());
                reserving += facts.reservesNames() ? 1 : 0;
                int covered = 0;
                for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                    if (font.has(cp) != facts.has(cp)) {
                        throw new AssertionError(String.format("%s: U+%04X fontbox %b, ours %b", file, cp, font.has(cp), facts.has(cp)));
                    }
                    covered += facts.has(cp) ? 1 : 0;
                }
                assertTrue(covered > 200, file + " has " + covered + " characters");
            }
        }
        assertEquals(4, reserving, "the four Charis SIL faces reserve their names");
    }

    @Test
    void anythingButAFontGivesNoFacts() {
        assertEquals(Optional.empty(), FontFacts.read(ByteBuffer.wrap(new byte[] {0, 1, 0, 0, 0, 9})));
        assertEquals(Optional.empty(), FontFacts.read(ByteBuffer.allocate(0)));
        assertFalse(FontFacts.read(Path.of("styles/memo.yaml")).isPresent());
    }
}
