package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordWrapperTest {
    private static List<String> wrap(String text, int width) {
        return WordWrapper.wrap(List.of(new Span(text, AnsiStyle.PLAIN)), width).stream().map(StyledLine::plain).toList();
    }

    @Test
    void fillsLinesGreedilyAndCollapsesSpaces() {
        assertEquals(List.of("the quick brown", "fox jumps over", "the lazy dog"),
                wrap("the  quick brown fox jumps over the lazy dog", 15));
    }

    @Test
    void cutsWordsLongerThanALine() {
        assertEquals(List.of("abcdefghij", "klm"), wrap("abcdefghijklm", 10));
        assertEquals(List.of("ab", "cdefghijkl", "m"), wrap("ab cdefghijklm", 10));
    }

    @Test
    void aWordTooLongForALineBreaksAfterItsHyphensFirst() {
        assertEquals(List.of("its", "non-", "interventionist", "policy"), wrap("its non-interventionist policy", 16));
        assertEquals(List.of("https://", "example.org/a/b"), wrap("https://example.org/a/b", 16));
    }

    @Test
    void breaksBetweenWideCharactersCountingTwoColumns() {
        List<String> lines = wrap("北京大学的研究人员说", 8);
        assertEquals(List.of("北京大学", "的研究人", "员说"), lines);
        lines.forEach(l -> assertTrue(DisplayWidth.of(l) <= 8));
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningBracketsNeverEndOne() {
        assertEquals(List.of("北京大", "学，研", "究"), wrap("北京大学，研究", 6));
        assertEquals(List.of("北京", "「大学"), wrap("北京「大学", 6));
    }

    @Test
    void emojiJoinedByZeroWidthJoinersStayTogether() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(List.of("ab", family, "cd"), wrap("ab" + family + "cd", 4));
    }

    @Test
    void neverSeparatesACombiningMarkFromItsLetter() {
        assertEquals(List.of("e\u0301e\u0301e\u0301", "e\u0301"), wrap("e\u0301e\u0301e\u0301e\u0301", 3));
    }

    @Test
    void hardBreaksForceNewLinesAndKeepEmptyOnes() {
        assertEquals(List.of("one", "", "two"), wrap("one\n\ntwo", 20));
    }

    @Test
    void aNoBreakSpaceAfterASpaceDoesNotIndentTheNextLine() {
        assertEquals(List.of("could", "impact"), wrap("could \u00a0impact", 8));
    }

    @Test
    void stylesSurviveWrappingAndSpacesInsideAStyleKeepIt() {
        List<StyledLine> lines = WordWrapper.wrap(List.of(new Span("plain ", AnsiStyle.PLAIN),
                new Span("bold words here", AnsiStyle.BOLD)), 16);
        assertEquals(List.of(new Span("plain ", AnsiStyle.PLAIN), new Span("bold words", AnsiStyle.BOLD)),
                lines.get(0).spans());
        assertEquals(List.of(new Span("here", AnsiStyle.BOLD)), lines.get(1).spans());
    }

    @Test
    void verbatimCutsKeepEverySpace() {
        assertEquals(List.of("a  b", "  c"),
                WordWrapper.cut("a  b  c", AnsiStyle.PLAIN, 4).stream().map(StyledLine::plain).toList());
    }
}
