package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefing.model.Code;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.Strikethrough;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.LinkItem;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.style.Align;
import org.briefing.style.Color;
import org.junit.jupiter.api.Test;

/** Paragraph items and set lines with fixed-width metrics (every character 5pt at size 10). */
class ParagraphSetterTest {
    private static final ParagraphStyle STYLE = new ParagraphStyle(new FontKey("serif", false, false), "mono", 10, 12,
            Color.BLACK, new Color(200, 0, 0), Align.LEFT, StructureRole.PARAGRAPH, 7, false, 0);

    private static List<SetLine> set(List<Inline> inlines, double width, Hyphenation hyphenation) {
        return new ParagraphSetter(new FixedWidthMeasurer(), new FirstFitLineBreaker(), hyphenation)
                .set(InlineFlattener.flatten(inlines), STYLE, 0, width);
    }

    private static List<String> lineTexts(List<SetLine> lines) {
        return SetLineText.of(lines);
    }

    @Test
    void hyphenationPointsBecomeHyphenatedLineEnds() {
        Hyphenation points = word -> word.equals("hyphenation") ? new int[] {2, 6} : new int[0];
        // "go hyphen-" is 10 characters = 50pt.
        List<SetLine> lines = set(List.of(new Text("go hyphenation now")), 50, points);
        assertEquals(List.of("go hyphen-", "ation now"), lineTexts(lines));
    }

    @Test
    void softHyphensAreInvisibleUnlessALineBreaksThere() {
        List<SetLine> lines = set(List.of(new Text("go hyphen\u00adation now")), 50, Hyphenation.NONE);
        assertEquals(List.of("go hyphen-", "ation now"), lineTexts(lines));
        List<SetLine> wide = set(List.of(new Text("go hyphen\u00adation now")), 500, Hyphenation.NONE);
        assertEquals(List.of("go hyphenation now"), lineTexts(wide));
    }

    @Test
    void rightToLeftPhrasesReadFromTheRight() {
        List<SetLine> lines = set(List.of(new Text("ab אבג דה cd")), 500, Hyphenation.NONE);
        List<TextItem> words = lines.get(0).items().stream().filter(i -> i instanceof TextItem)
                .map(i -> (TextItem) i).toList();
        // Logical order ab, אבג, דה, cd; the Hebrew pair swaps places inside the span it occupies.
        assertEquals(0, words.get(0).x(), 1e-9);
        assertEquals("אבג", words.get(1).fragment().text().text());
        assertTrue(words.get(1).x() > words.get(2).x(), "the first Hebrew word is on the right");
        assertEquals(15, words.get(2).x(), 1e-9);
        assertEquals(15 + 10 + 5, words.get(1).x(), 1e-9);
        assertEquals(50, words.get(3).x(), 1e-9);
    }

    @Test
    void wordsWiderThanTheLineAreCutIntoPieces() {
        List<SetLine> lines = set(List.of(new Text("x " + "a".repeat(25))), 50, Hyphenation.NONE);
        assertEquals(List.of("x", "aaaaaaaaaa", "aaaaaaaaaa", "aaaaa"), lineTexts(lines));
    }

    @Test
    void linksStrikeThroughAndCodeAreMarkedOnTheirItems() {
        List<SetLine> lines = set(List.of(new Link("https://example.org", "", List.of(new Text("site"))),
                new Text(" "), new Strikethrough(List.of(new Text("gone"))), new Text(" "), new Code("x()")), 500,
                Hyphenation.NONE);
        List<PageItem> items = lines.get(0).items();
        LinkItem link = (LinkItem) items.stream().filter(i -> i instanceof LinkItem).findFirst().orElseThrow();
        assertEquals("https://example.org", link.target());
        assertEquals(20, link.width(), 1e-9);
        assertTrue(items.stream().anyMatch(i -> i instanceof RuleItem r && r.width() == 20), "strike rule");
        TextItem code = (TextItem) items.stream().filter(i -> i instanceof TextItem t
                && t.fragment().text().text().equals("x()")).findFirst().orElseThrow();
        assertEquals(10 * 0.88, code.fragment().size(), 1e-9, "inline code is set a little smaller");
        assertTrue(items.stream().allMatch(i -> i.blockId() == 7), "every item knows its block");
    }

    @Test
    void centredAndRightAlignedLinesUseTheSlack() {
        ParagraphSetter setter = new ParagraphSetter(new FixedWidthMeasurer(), new FirstFitLineBreaker());
        List<Span> spans = InlineFlattener.flatten(List.of(new Text("abcd")));
        TextItem right = (TextItem) setter.set(spans, STYLE.withAlign(Align.RIGHT), 0, 100).get(0).items().get(0);
        TextItem centre = (TextItem) setter.set(spans, STYLE.withAlign(Align.CENTER), 0, 100).get(0).items().get(0);
        assertEquals(80, right.x(), 1e-9);
        assertEquals(40, centre.x(), 1e-9);
    }
}
