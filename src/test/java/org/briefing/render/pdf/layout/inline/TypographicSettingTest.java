package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefing.hyphen.Hyphenator;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.style.Align;
import org.briefing.style.Color;
import org.junit.jupiter.api.Test;

/**
 * Total-fit setting with fixed-width metrics (every character 5pt at size 10): the ragged-right
 * construction, where hyphenation may and may not happen, the hyphen's extraction text and hanging
 * punctuation.
 */
class TypographicSettingTest {
    private static final ParagraphStyle BODY = new ParagraphStyle(new FontKey("serif", false, false), "mono", 10,
            12, Color.BLACK, new Color(200, 0, 0), Align.JUSTIFY, StructureRole.PARAGRAPH, 7, false, 0);
    private static final Hyphenation ENGLISH = Hyphenator.forLanguage("en").orElseThrow()::points;

    private static List<SetLine> set(List<Inline> inlines, ParagraphStyle style, double width, boolean hang) {
        return new ParagraphSetter(new FixedWidthMeasurer(), new KnuthPlassLineBreaker(), ENGLISH, hang, null)
                .set(InlineFlattener.flatten(inlines), style, 0, width);
    }

    private static List<String> lineTexts(List<SetLine> lines) {
        return SetLineText.of(lines).stream().map(String::strip).toList();
    }

    private static List<TextItem> texts(SetLine line) {
        return line.items().stream().filter(TextItem.class::isInstance).map(TextItem.class::cast).toList();
    }

    /** Sum of squared slack of all lines but the last: how ragged a ragged paragraph looks. */
    private static double raggedness(List<SetLine> lines, double width) {
        double sum = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            List<TextItem> words = texts(lines.get(i));
            double slack = width - words.get(words.size() - 1).right();
            sum += slack * slack;
        }
        return sum;
    }

    @Test
    void raggedTextBreaksForEvenLinesNotGreedily() {
        ParagraphStyle left = BODY.withAlign(Align.LEFT).withBlock(StructureRole.H2, 3);
        String text = "North Korea's Missile Test and the Case for U.S.-China Cooperation in the Korean peninsula";
        List<SetLine> total = set(List.of(new Text(text)), left, 150, false);
        List<SetLine> greedy = new ParagraphSetter(new FixedWidthMeasurer(), new FirstFitLineBreaker())
                .set(InlineFlattener.flatten(List.of(new Text(text))), left, 0, 150);
        assertEquals(String.join(" ", lineTexts(greedy)), String.join(" ", lineTexts(total)));
        assertTrue(raggedness(total, 150) < raggedness(greedy, 150),
                lineTexts(total) + " is more even than " + lineTexts(greedy));
    }

    @Test
    void raggedSpacesAreSetAtNaturalWidthAndStillExtract() {
        ParagraphStyle left = BODY.withAlign(Align.LEFT);
        List<TextItem> words = texts(set(List.of(new Text("one two three")), left, 500, false).get(0));
        assertEquals(List.of(0.0, 20.0, 40.0), words.stream().map(TextItem::x).toList());
        assertEquals(5.0, words.get(0).spaceWidth(), 1e-9, "the drawn space is one natural space");
    }

    @Test
    void bodyTextHyphenatesAndTheHyphenReadsAsTheRestOfTheWord() {
        // 22 characters a line: "the committee discussed" cannot fit, so "discussed" breaks as "dis-cussed".
        List<SetLine> lines = set(List.of(new Text("the committee discussed it")), BODY, 110, false);
        assertEquals(List.of("the committee dis-", "cussed it"), lineTexts(lines));
        assertTrue(lines.get(0).hyphenated());
        TextItem hyphen = texts(lines.get(0)).get(texts(lines.get(0)).size() - 1);
        assertEquals("-", hyphen.fragment().text().text());
        assertEquals("cussed", hyphen.actualText());
        assertEquals("", texts(lines.get(1)).get(0).actualText(), "the rest reads as nothing where it is drawn");
        assertNull(texts(lines.get(1)).get(1).actualText());
    }

    @Test
    void wordsInsidePunctuationHyphenate() {
        List<SetLine> lines = set(List.of(new Text("the committee “discussed,” it")), BODY, 110, false);
        assertEquals("cussed,”", texts(lines.get(0)).get(texts(lines.get(0)).size() - 1).actualText());
    }

    @Test
    void headingsLinksAndTheLastWordAreNeverHyphenated() {
        ParagraphStyle heading = BODY.withBlock(StructureRole.H1, 2);
        assertFalse(set(List.of(new Text("the committee discussed it")), heading, 110, false).get(0).hyphenated());
        List<Inline> link = List.of(new Text("the committee "),
                new Link("https://example.org", "", List.of(new Text("discussed"))), new Text(" it"));
        assertFalse(set(link, BODY, 110, false).get(0).hyphenated());
        List<SetLine> last = set(List.of(new Text("the committee discussed")), BODY, 110, false);
        assertTrue(last.stream().noneMatch(SetLine::hyphenated), lineTexts(last).toString());
        assertEquals("the committee discussed", String.join(" ", lineTexts(last)));
    }

    @Test
    void edgePunctuationHangsIntoTheMargins() {
        // Line 1 ends with a comma: it hangs 0.7 of its 5pt into the right margin; "“" likewise on the left.
        String text = "“aaaa bbbb cccc, dddd eeee ffff gggg";
        SetLine plain = set(List.of(new Text(text)), BODY, 80, false).get(0);
        SetLine hung = set(List.of(new Text(text)), BODY, 80, true).get(0);
        assertEquals("“aaaa bbbb cccc,", lineTexts(List.of(plain)).get(0));
        TextItem firstPlain = texts(plain).get(0);
        TextItem firstHung = texts(hung).get(0);
        TextItem lastHung = texts(hung).get(texts(hung).size() - 1);
        assertEquals(0.0, firstPlain.x(), 1e-9);
        assertEquals(-3.5, firstHung.x(), 1e-9);
        assertEquals(80 + 3.5, lastHung.right(), 1e-9);
    }

    @Test
    void anEmDashMayStartOrEndALine() {
        ParagraphStyle left = BODY.withAlign(Align.LEFT);
        // 10 characters fit, so "aaaaaaaaaa—" does not: breaking before the dash is allowed (UAX #14 B2).
        List<SetLine> lines = set(List.of(new Text("aaaaaaaaaa\u2014bbbbbbbb")), left, 50, false);
        assertEquals(List.of("aaaaaaaaaa", "\u2014bbbbbbbb"), lineTexts(lines));
        List<SetLine> either = set(List.of(new Text("aaaaaaaa\u2014bbbbbbbb")), left, 50, false);
        assertEquals(List.of("aaaaaaaa\u2014", "bbbbbbbb"), lineTexts(either), "the dash ends the line if it fits");
        List<SetLine> after = set(List.of(new Text("aa\u2014bbbbbbbbbb")), left, 50, false);
        assertEquals(List.of("aa\u2014", "bbbbbbbbbb"), lineTexts(after));
    }
}
