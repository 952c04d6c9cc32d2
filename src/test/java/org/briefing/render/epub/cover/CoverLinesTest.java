package org.briefing.render.epub.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.briefing.script.FontChain;
import org.briefing.script.LineBreaks;
import org.briefing.script.Scripts;
import org.junit.jupiter.api.Test;

/** Cover text set in lines with the theme's real fonts: where lines break, their widths and fonts. */
class CoverLinesTest {
    private static final Path SERIF_BOLD = Path.of("styles/fonts/CharisSIL-Bold.ttf");
    private static final List<Path> FALLBACKS = List.of(Path.of("styles/fonts/NotoSansSymbols2-Regular.ttf"),
            Path.of("styles/fonts/DejaVuSans.ttf"), Path.of("styles/fonts/wqy-microhei.ttc"));
    private static final float SIZE = 50;

    private static FaceChain chain(boolean bold) {
        List<Path> files = new ArrayList<>(List.of(SERIF_BOLD));
        files.addAll(FALLBACKS);
        return new FaceChain(new FontChain(files), bold, new HashMap<>());
    }

    private static float width(String text) {
        return CoverLines.set(text, chain(true), SIZE, 0, 1e6f, 1).get(0).width();
    }

    private static List<Integer> glyphCounts(List<CoverLines.Line> lines) {
        return lines.stream().map(l -> l.glyphs().size()).toList();
    }

    @Test
    void linesBreakAfterSpacesWhichHangPastTheLine() {
        float twoWords = width("aaa bbb");
        List<CoverLines.Line> lines = CoverLines.set("aaa bbb ccc", chain(true), SIZE, 0, twoWords + 1, 5);
        assertEquals(List.of(7, 3), glyphCounts(lines), "'aaa bbb' then 'ccc': the space between is not drawn");
        assertEquals(twoWords, lines.get(0).width(), 0.001f, "the space at the end of the line takes no width");
        assertEquals(width("ccc"), lines.get(1).width(), 0.001f);
    }

    @Test
    void aLineMayBreakAfterAHyphenBeforeALetterButNotBeforeADigit() {
        float wider = Math.max(width("U.S.-"), width("China"));
        assertEquals(List.of(5, 5), glyphCounts(CoverLines.set("U.S.-China", chain(true), SIZE, 0, wider + 1, 5)));
        assertEquals(List.of(5, 3), glyphCounts(CoverLines.set("U.S.-123", chain(true), SIZE, 0, wider + 1, 5)),
                "cut where full, not after the hyphen");
        assertTrue(LineBreaks.mayBreakBetween('-', 'C'));
        assertFalse(LineBreaks.mayBreakBetween('-', '1'));
        assertFalse(LineBreaks.mayBreakBetween('\u2011', 'C'), "the non-breaking hyphen");
    }

    @Test
    void chineseBreaksBetweenIdeographsButNotBeforeClosingPunctuation() {
        assertTrue(LineBreaks.mayBreakBetween('中', '美'));
        assertTrue(LineBreaks.mayBreakBetween('a', '美'));
        assertFalse(LineBreaks.mayBreakBetween('作', '，'));
        assertFalse(LineBreaks.mayBreakBetween('「', '作'));
        assertFalse(LineBreaks.mayBreakBetween('a', 'b'));
        float three = width("中美合");
        List<CoverLines.Line> lines = CoverLines.set("中美合，作专家", chain(true), SIZE, 0, three + 1, 5);
        assertEquals(List.of(2, 3, 2), glyphCounts(lines), "'合' goes with its comma to the next line");
    }

    @Test
    void aWordWiderThanTheLineIsCutWhereTheLineIsFull() {
        String word = "Supercalifragilisticexpialidocious";
        float max = width(word) / 3;
        List<CoverLines.Line> lines = CoverLines.set(word, chain(true), SIZE, 0, max, 10);
        assertEquals(word.length(), glyphCounts(lines).stream().mapToInt(Integer::intValue).sum());
        assertTrue(lines.size() >= 3, "cut into pieces: " + glyphCounts(lines));
        lines.forEach(line -> assertTrue(line.width() <= max, line.width() + " > " + max));
    }

    @Test
    void rightToLeftTextIsDrawnInVisualOrder() {
        FaceChain faces = chain(false);
        int alef = faces.pick('\u05d0').glyph();
        int bet = faces.pick('\u05d1').glyph();
        int gimel = faces.pick('\u05d2').glyph();
        int a = faces.pick('a').glyph();
        assertNotEquals(0, alef, "a fallback font has Hebrew");
        assertEquals(List.of(gimel, bet, alef), glyphIds(CoverLines.set("\u05d0\u05d1\u05d2", faces, SIZE, 0, 1e6f, 1)));
        assertEquals(List.of(a, faces.pick(' ').glyph(), gimel, bet, alef),
                glyphIds(CoverLines.set("a \u05d0\u05d1\u05d2", faces, SIZE, 0, 1e6f, 1)), "a left-to-right paragraph");
        assertEquals(List.of(a, faces.pick(' ').glyph(), gimel, bet, alef),
                glyphIds(CoverLines.set("\u05d0\u05d1\u05d2 a", faces, SIZE, 0, 1e6f, 1)), "a right-to-left paragraph");
        assertEquals(List.of(faces.pick('(').glyph(), alef, faces.pick(')').glyph()),
                glyphIds(CoverLines.set("\u05d0(\u05d0)", faces, SIZE, 0, 1e6f, 1)).subList(0, 3),
                "brackets in right-to-left text are mirrored: '(alef)' reads the same way round");
        List<CoverLines.Glyph> glyphs = CoverLines.set("\u05d0\u05d1\u05d2", faces, SIZE, 0, 1e6f, 1).get(0).glyphs();
        assertEquals(0, glyphs.get(0).x(), "positions run left to right in the visual order");
        assertTrue(glyphs.get(1).x() > 0 && glyphs.get(2).x() > glyphs.get(1).x());
    }

    private static List<Integer> glyphIds(List<CoverLines.Line> lines) {
        return lines.get(0).glyphs().stream().map(CoverLines.Glyph::glyph).toList();
    }

    @Test
    void linesPastTheLimitAreLeftOut() {
        assertEquals(2, CoverLines.set("one two three four five", chain(false), SIZE, 0, width("three") + 1, 2).size());
    }

    @Test
    void trackingWidensEveryCharacter() {
        float plain = width("abc");
        assertEquals(plain + 3 * 4, CoverLines.set("abc", chain(true), SIZE, 4, 1e6f, 1).get(0).width(), 0.001f);
    }

    @Test
    void aFallbackGlyphInABoldRoleIsEmboldenedAndTheLineTakesItsFontsHeight() {
        CoverLines.Line line = CoverLines.set("a中", chain(true), SIZE, 0, 1e6f, 1).get(0);
        CoverLines.Glyph latin = line.glyphs().get(0);
        CoverLines.Glyph han = line.glyphs().get(1);
        assertFalse(latin.emboldened());
        assertTrue(han.emboldened());
        assertNotEquals(latin.font(), han.font());
        float expected = latin.font().advance(latin.glyph()) * SIZE + han.font().advance(han.glyph()) * SIZE
                + CoverLines.emboldening(SIZE);
        assertEquals(expected, line.width(), 0.001f);
        assertEquals(Math.max(latin.font().ascent(), han.font().ascent()) * SIZE, line.ascent(), 0.001f);
        assertFalse(CoverLines.set("a中", chain(false), SIZE, 0, 1e6f, 1).get(0).glyphs().get(1).emboldened(),
                "a regular role draws the fallback as it is");
    }

    @Test
    void aCharacterNoFontHasTakesTheMissingGlyphAndInvisibleOnesAreLeftOut() {
        CoverLines.Line line = CoverLines.set("a\uE000\u200Db\uFE0F", chain(true), SIZE, 0, 1e6f, 1).get(0);
        assertEquals(3, line.glyphs().size(), "the joiner and the variation selector take no place");
        assertEquals(0, line.glyphs().get(1).glyph(), "the private-use character shows as the missing glyph");
        assertTrue(line.glyphs().get(1).font().outline(0).getBounds2D().getWidth() > 0, "which has an outline");
    }

    @Test
    void anArabicWordIsShapedWholeAndSetAsOneItem() {
        FaceChain faces = chain(false);
        String salam = "\u0633\u0644\u0627\u0645";
        assertTrue(Scripts.needsShaping('\u0633') && Scripts.needsShaping('\u0915'), "Arabic, Devanagari");
        assertFalse(Scripts.needsShaping('a') || Scripts.needsShaping('\u05d0') || Scripts.needsShaping('中'));
        List<Integer> joined = ids(ComplexWords.shape(salam, faces.pick('\u0633'), SIZE));
        assertEquals(joined, glyphIds(CoverLines.set(salam, faces, SIZE, 0, 1e6f, 1)));
        List<CoverLines.Line> narrow = CoverLines.set(salam, faces, SIZE, 0, 1, 5);
        assertEquals(List.of(joined.size()), glyphCounts(narrow), "too wide for the line, yet not cut");
        // Two words in a right-to-left paragraph: the first read is on the right, each word's glyphs as shaped.
        String peace = "\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645";
        List<Integer> second = ids(ComplexWords.shape("\u0639\u0644\u064a\u0643\u0645", faces.pick('\u0639'), SIZE));
        List<Integer> expected = new java.util.ArrayList<>(second);
        expected.add(faces.pick(' ').glyph());
        expected.addAll(joined);
        assertEquals(expected, glyphIds(CoverLines.set(peace, faces, SIZE, 0, 1e6f, 1)));
        List<Integer> lines = glyphCounts(CoverLines.set(peace, faces, SIZE, 0, width(salam) + 1, 5));
        assertEquals(List.of(joined.size(), second.size()), lines, "a line breaks between the words");
    }

    @Test
    void bracketsInAShapedRightToLeftWordAreMirroredByTheShaper() {
        FaceChain faces = chain(false);
        List<CoverLines.Glyph> glyphs = CoverLines.set("(\u0633\u0644\u0627\u0645)", faces, SIZE, 0, 1e6f, 1)
                .get(0).glyphs();
        OutlineFont arabic = faces.pick('\u0633').font();
        assertEquals(arabic, glyphs.get(0).font(), "the whole word in the font that has its letters");
        assertEquals(arabic.glyph('('), glyphs.get(0).glyph(), "the word reads '(salam)'");
        assertEquals(arabic.glyph(')'), glyphs.get(glyphs.size() - 1).glyph());
    }

    private static List<Integer> ids(ComplexWords.Word word) {
        return word.glyphs().stream().map(CoverLines.Glyph::glyph).toList();
    }
}
