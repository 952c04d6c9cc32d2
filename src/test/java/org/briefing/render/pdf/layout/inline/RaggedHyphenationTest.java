package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.style.Align;
import org.briefing.style.Color;
import org.junit.jupiter.api.Test;

/**
 * Ragged text hyphenates where that makes the right edge less ragged (fixed-width metrics: every character
 * 5pt at size 10, so a 60pt column holds 12 characters).
 */
class RaggedHyphenationTest {
    private static final Hyphenation RE_MARK_ABLE = word -> word.equals("remarkable") ? new int[] {2, 6}
            : new int[0];

    private static ParagraphStyle style(Align align, StructureRole role) {
        return new ParagraphStyle(new FontKey("serif", false, false), "mono", 10, 12, Color.BLACK, Color.BLACK,
                align, role, 3, false, 0);
    }

    private static List<String> set(String text, ParagraphStyle style, Hyphenation hyphenation) {
        List<Inline> inlines = List.of(new Text(text));
        return SetLineText.of(new ParagraphSetter(new FixedWidthMeasurer(), new KnuthPlassLineBreaker(), hyphenation)
                .set(InlineFlattener.flatten(inlines), style, 0, 60));
    }

    @Test
    void aRaggedLineHalfEmptyTakesTheStartOfTheNextWord() {
        // Unhyphenated, the first line is 30pt short (a ragged line end the pass without hyphens accepts).
        assertEquals(List.of("aaaaaa", "remarkable", "bb"),
                set("aaaaaa remarkable bb", style(Align.LEFT, StructureRole.TABLE_CELL), Hyphenation.NONE));
        for (StructureRole role : List.of(StructureRole.TABLE_CELL, StructureRole.FOOTNOTE,
                StructureRole.PARAGRAPH)) {
            assertEquals(List.of("aaaaaa re-", "markable bb"),
                    set("aaaaaa remarkable bb", style(Align.LEFT, role), RE_MARK_ABLE), role.toString());
        }
    }

    @Test
    void raggedTextKeepsTheRules() {
        assertEquals(List.of("aaaaaa", "remarkable"),
                set("aaaaaa remarkable", style(Align.LEFT, StructureRole.TABLE_CELL), RE_MARK_ABLE),
                "a paragraph's last word is never split");
        assertEquals(List.of("aaaaaa", "remarkable", "bb"),
                set("aaaaaa remarkable bb", style(Align.LEFT, StructureRole.H2), RE_MARK_ABLE),
                "headings are never hyphenated");
        assertEquals(List.of("aaaaaa", "REMARKABLE", "bb"),
                set("aaaaaa REMARKABLE bb", style(Align.LEFT, StructureRole.TABLE_CELL),
                        word -> word.equals("REMARKABLE") ? new int[0] : RE_MARK_ABLE.points(word)),
                "what the hyphenator refuses (ALL CAPS) stays whole");
    }

    @Test
    void aWordAfterAnExplicitDashIsNotHyphenated() {
        Hyphenation any = word -> word.startsWith("remarkable") ? new int[] {2, 6} : new int[0];
        // Breaking at the dash leaves "aaa bb–" 25pt short; "aaa bb–re-" would be better, but is not offered.
        assertEquals(List.of("aaa bb\u2013", "remarkable c"),
                set("aaa bb\u2013remarkable c", style(Align.LEFT, StructureRole.TABLE_CELL), any));
        assertEquals(List.of("aaa bb re-", "markable c"),
                set("aaa bb remarkable c", style(Align.LEFT, StructureRole.TABLE_CELL), any),
                "the same word after a space is");
    }

    @Test
    void atMostTwoRaggedLinesInARowEndInAHyphen() {
        Hyphenation everyOther = word -> word.length() >= 8 ? new int[] {4} : new int[0];
        // Each 9-letter word only fits whole on a fresh line; splitting each would give a run of hyphens.
        List<String> lines = set("aaaaaaa bbbbbbbbb ccccccc ddddddddd eeeeeee fffffffff ggggggg hhhhhhhhh z",
                style(Align.LEFT, StructureRole.TABLE_CELL), everyOther);
        int run = 0;
        for (String line : lines) {
            run = line.endsWith("-") ? run + 1 : 0;
            assertEquals(true, run <= 2, lines.toString());
        }
    }
}
