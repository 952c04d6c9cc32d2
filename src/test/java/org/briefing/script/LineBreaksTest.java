package org.briefing.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Line-break opportunities between characters: spaces, dashes, CJK and kinsoku (JIS X 4051, UAX #14). */
class LineBreaksTest {
    @Test
    void aLineBreaksAfterASpaceNeverBeforeIt() {
        assertTrue(LineBreaks.mayBreakBetween(' ', 'a'));
        assertFalse(LineBreaks.mayBreakBetween('a', ' '));
        assertFalse(LineBreaks.mayBreakBetween('a', 'b'));
    }

    @Test
    void aLineBreaksAfterADashBeforeALetterButNotBeforeADigit() {
        assertTrue(LineBreaks.mayBreakBetween('-', 'C'));
        assertTrue(LineBreaks.mayBreakBetween('\u2013', 'C'));
        assertFalse(LineBreaks.mayBreakBetween('-', '1'));
        assertFalse(LineBreaks.mayBreakBetween('\u2011', 'C'), "the non-breaking hyphen");
        assertFalse(LineBreaks.isBreakingDash('/') || LineBreaks.isBreakingDash('\u2011'));
    }

    @Test
    void cjkBreaksBetweenCharactersAndBesideOtherText() {
        assertTrue(LineBreaks.mayBreakBetween('中', '美'));
        assertTrue(LineBreaks.mayBreakBetween('a', '美'));
        assertTrue(LineBreaks.mayBreakBetween('美', 'a'));
        assertTrue(LineBreaks.mayBreakBetween('2', '月'), "UAX #14 allows NU ÷ ID");
        assertTrue(LineBreaks.mayBreakBetween('\u2014', '清'), "an em dash breaks after");
    }

    @Test
    void kinsokuKeepsClosingPunctuationSmallKanaAndMarksOffTheLineStart() {
        for (int cp : "，。、）」』】〕〉》〗〙〟］｝’”…‥・ー々ゝゞヽヾっゃゅょァッヶ！？：；".codePoints().toArray()) {
            assertTrue(LineBreaks.noBreakBefore(cp), Character.getName(cp));
            assertFalse(LineBreaks.mayBreakBetween('作', cp), Character.getName(cp));
        }
        assertFalse(LineBreaks.noBreakBefore('中') || LineBreaks.noBreakBefore('あ') || LineBreaks.noBreakBefore('（'));
    }

    @Test
    void openingBracketsAndQuotesNeverEndALine() {
        for (int cp : "（「『【〔〈《〖〘〚｛［‘“〝([{\"".codePoints().toArray()) {
            assertTrue(LineBreaks.noBreakAfter(cp), Character.getName(cp));
            assertFalse(LineBreaks.mayBreakBetween(cp, '作'), Character.getName(cp));
        }
        assertFalse(LineBreaks.noBreakAfter('中') || LineBreaks.noBreakAfter('）'));
    }

    @Test
    void closingPunctuationAndTheSlashStayWithTheWordBeforeEvenAcrossASpace() {
        for (int cp : ")]}!?/」。".codePoints().toArray()) {
            assertTrue(LineBreaks.bindsToSpaceBefore(cp), Character.getName(cp));
        }
        assertFalse(LineBreaks.bindsToSpaceBefore('a') || LineBreaks.bindsToSpaceBefore(',')
                || LineBreaks.bindsToSpaceBefore('’'), "an apostrophe may start a line after a space");
    }
}
