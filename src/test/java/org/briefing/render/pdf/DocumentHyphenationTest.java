package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.style.Typography;
import org.junit.jupiter.api.Test;

/** Hyphenation follows the document's language and the theme: on, off, exceptions, unknown languages. */
class DocumentHyphenationTest {
    private final List<String> warnings = new ArrayList<>();

    private Hyphenation of(Typography t, String lang) {
        return DocumentHyphenation.of(t, lang, "memo.md", warnings::add);
    }

    @Test
    void englishIsHyphenatedByDefault() {
        assertArrayEquals(new int[] {3}, of(Typography.DEFAULT, "en").points("discussed"));
        assertArrayEquals(new int[] {3}, of(Typography.DEFAULT, "").points("discussed"), "no lang: English");
        assertTrue(of(Typography.DEFAULT, "en-GB").points("discussed").length > 0);
        assertTrue(warnings.isEmpty());
    }

    @Test
    void theThemeTurnsItOffOrOverridesWords() {
        Typography off = new Typography(false, List.of(), 2, 2, true, false, 8, 12);
        assertEquals(0, of(off, "en").points("discussed").length);
        Typography exceptions = new Typography(true, List.of("discus-sed"), 2, 2, true, false, 8, 12);
        assertArrayEquals(new int[] {6}, of(exceptions, "en").points("discussed"));
    }

    @Test
    void aLanguageWithoutPatternsIsSetWithoutHyphensAndSaysSo() {
        assertEquals(0, of(Typography.DEFAULT, "de").points("Zusammenarbeit").length);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("memo.md") && warnings.get(0).contains("'de'"), warnings.get(0));
    }

    @Test
    void chineseJapaneseAndKoreanNeedNoPatternsAndGetNoWarning() {
        for (String lang : List.of("zh-CN", "ja", "ko-KR", "zh_Hant")) {
            assertEquals(0, of(Typography.DEFAULT, lang).points("word").length);
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
