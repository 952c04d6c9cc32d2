package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.measure.ColumnExtent;
import org.briefing.model.HardBreak;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.style.Align;
import org.briefing.style.Color;
import org.junit.jupiter.api.Test;

/** Table cells with fixed-width metrics (5pt a character): their extent and their spaces-only wrapping. */
class CellWrapTest {
    private static final ParagraphStyle CELL = new ParagraphStyle(new FontKey("sans", false, false), "mono", 10, 12,
            Color.BLACK, Color.BLACK, Align.LEFT, StructureRole.TABLE_CELL, 3, false, 0);
    /** Would hyphenate "interconnection" anywhere, to show that whole words are kept whole. */
    private static final Hyphenation EVERYWHERE = word -> word.length() > 4 ? new int[] {2} : new int[0];
    private final ParagraphSetter setter = new ParagraphSetter(new FixedWidthMeasurer(), new FirstFitLineBreaker(),
            EVERYWHERE);

    private ColumnExtent extent(String text) {
        return setter.extent(InlineFlattener.flatten(List.of(new Text(text))), CELL);
    }

    @Test
    void theMinimumIsTheWidestWordAndTheMaximumTheWholeLine() {
        // "(¢/kWh)" is 7 characters, "Price (¢/kWh)" 13: no break inside the unit, nor after its slash.
        assertEquals(new ColumnExtent(35, 65), extent("Price (¢/kWh)"));
        assertEquals(new ColumnExtent(50, 50), extent("2024-03-01"));
        assertEquals(new ColumnExtent(10, 10), extent("10"));
    }

    @Test
    void aNoBreakSpaceJoinsItsWordsAndAHardBreakEndsALine() {
        assertEquals(new ColumnExtent(30, 30), extent("10\u00a0kWh"));
        ColumnExtent twoLines = setter.extent(InlineFlattener.flatten(List.of(new Text("short"), new HardBreak(),
                new Text("a longer line"))), CELL);
        assertEquals(new ColumnExtent(30, 65), twoLines);
    }

    @Test
    void withoutWordBreaksACellWrapsAtSpacesOnly() {
        List<String> whole = SetLineText.of(setter.set(InlineFlattener.flatten(List.of(
                new Text("Price (¢/kWh) interconnection"))), CELL, 0, 75, false));
        assertEquals(List.of("Price (¢/kWh)", "interconnection"), whole);
        List<String> broken = SetLineText.of(setter.set(InlineFlattener.flatten(List.of(
                new Text("Price (¢/kWh) interconnection"))), CELL, 0, 45, true));
        assertEquals("Price (¢/", broken.get(0));
    }
}
