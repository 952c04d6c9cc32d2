package org.briefing.hyphen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HyphenatorTest {
    private final Hyphenator english = Hyphenator.forLanguage("en").orElseThrow();

    @ParameterizedTest
    @CsvSource({
            "hyphenation, hy-phen-ation",
            "accessibility, ac-ces-si-bil-ity",
            "cooperation, co-op-er-a-tion",
            "administration, ad-min-is-tra-tion",
            "table, ta-ble",
            "project, project",
            "associate, as-so-ciate",
            "Peninsula, Penin-sula",
    })
    void splitsKnownWordsAsTeXDoes(String word, String expected) {
        assertEquals(expected, english.hyphenate(word));
    }

    @Test
    void respectsMinimumsAndRefusesNonWords() {
        assertEquals("cat", english.hyphenate("cat"));
        assertEquals("NATO", english.hyphenate("NATO"));
        assertEquals("DENUCLEARIZATION", english.hyphenate("DENUCLEARIZATION"));
        assertEquals("U.S.-China", english.hyphenate("U.S.-China"));
        assertEquals("covid19", english.hyphenate("covid19"));
        for (String word : List.of("international", "geopolitical", "interventionist", "sophisticated")) {
            int[] points = english.points(word);
            assertTrue(points.length > 0, word);
            assertTrue(points[0] >= Hyphenator.LEFT_MIN, word);
            assertTrue(points[points.length - 1] <= word.length() - Hyphenator.RIGHT_MIN, word);
        }
    }

    @Test
    void userExceptionsWin() {
        Hyphenator custom = english.withExceptions(List.of("Tsing-hua", "pre-sent"));
        assertEquals("Tsing-hua", custom.hyphenate("Tsinghua"));
        assertEquals("pre-sent", custom.hyphenate("present"));
        assertEquals("present", english.hyphenate("present"));
    }

    @Test
    void britishPatternsAndUnknownLanguages() {
        assertTrue(Hyphenator.forLanguage("en-GB").isPresent());
        assertTrue(Hyphenator.forLanguage("zh").isEmpty());
        assertArrayEquals(new int[0], english.points(""));
    }
}
