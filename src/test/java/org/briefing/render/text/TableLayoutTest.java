package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Numbers;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.junit.jupiter.api.Test;

class TableLayoutTest {
    private final TableLayout layout = new TableLayout(new InlineFlattener(false, new LinkReferences()),
            Numbers.of(List.of()), false);

    private static TableRow row(String... cells) {
        return new TableRow(java.util.Arrays.stream(cells).<List<Inline>>map(c -> List.of(new Text(c))).toList());
    }

    private List<String> lines(Table table, int width) {
        return layout.layout(table, width).stream().map(StyledLine::plain).map(String::stripTrailing).toList();
    }

    @Test
    void alignsColumnsUnderARuledHeader() {
        Table table = new Table(List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT),
                List.of(row("Country", "Tests")), List.of(row("North Korea", "24"), row("China", "1")));
        assertEquals(List.of(
                "Country     │ Tests",
                "────────────┼──────",
                "North Korea │    24",
                "China       │     1"), lines(table, 80));
    }

    @Test
    void wrapsCellsWhenTheTableIsTooWide() {
        Table table = new Table(List.of(Table.Alignment.NONE, Table.Alignment.NONE),
                List.of(row("Name", "Position")),
                List.of(row("Li Bin", "senior fellow working jointly in the Nuclear Policy Program and Asia Program")));
        List<String> lines = lines(table, 30);
        lines.forEach(l -> assertTrue(DisplayWidth.of(l) <= 30, l));
        assertTrue(lines.size() > 4, String.join("\n", lines));
        // The room above the minima goes by how much wider each column wants to be: the long cell takes
        // nearly all of it, and "Li Bin" wraps at its space rather than either word being cut.
        assertTrue(lines.get(2).startsWith("Li   │ senior"), lines.get(2));
        assertTrue(lines.get(3).startsWith("Bin  │ "), lines.get(3));
    }

    @Test
    void tooManyColumnsBecomeRecords() {
        Table table = new Table(List.of(Table.Alignment.NONE, Table.Alignment.NONE, Table.Alignment.NONE),
                List.of(row("A", "B", "C")), List.of(row("1", "2", "3")));
        assertEquals(List.of("A: 1", "B: 2", "C: 3"), lines(table, 8));
    }

    @Test
    void narrowColumnsKeepTheirWidthAndWideOnesShareTheRestByWhatTheyWant() {
        // Room 30 − 6 for the bars = 24: "Year" and "2019" keep 4; the two text columns wrap at spaces, each
        // at least its widest word wide, the rest shared by how much wider each would like to be.
        Table table = new Table(List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT, Table.Alignment.LEFT),
                List.of(row("Name", "Year", "Notes")),
                List.of(row("A very long plant name here", "2019", "short remark on the unit")));
        List<String> lines = lines(table, 30);
        lines.forEach(l -> assertTrue(DisplayWidth.of(l) <= 30, l));
        assertTrue(lines.get(0).contains(" │ Year │ "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("2019")), String.join("\n", lines));
    }

    @Test
    void numbersDatesAndUnitsAreNeverCutWhileTheWordsFit() {
        Table table = new Table(List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT, Table.Alignment.RIGHT,
                Table.Alignment.LEFT), List.of(row("Region", "Price (¢/kWh)", "Reviewed", "Remarks")),
                List.of(row("North", "10", "2024-03-01", "Two lines to the south, one planned for 2027")));
        List<String> lines = lines(table, 40);
        String all = String.join("\n", lines);
        lines.forEach(l -> assertTrue(DisplayWidth.of(l) <= 40, l));
        for (String word : List.of("(¢/kWh)", "2024-03-01", "10", "Reviewed")) {
            assertTrue(lines.stream().anyMatch(l -> List.of(l.split("[ │]+")).contains(word)), word + " whole in\n" + all);
        }
    }

    @Test
    void wordsThatDoNotFitSideBySideBecomeRecordsRatherThanBeingCut() {
        Table table = new Table(List.of(Table.Alignment.LEFT, Table.Alignment.RIGHT, Table.Alignment.RIGHT),
                List.of(row("Commissioned", "Decommissioning", "Reviewed")),
                List.of(row("1983-07-25", "2023-04-08", "2024-03-01")));
        assertEquals(List.of("Commissioned: 1983-07-25", "Decommissioning: 2023-04-08", "Reviewed: 2024-03-01"),
                lines(table, 36));
    }

    @Test
    void authoredWidthsOverrideTheContent() {
        Table table = new Table(List.of(Table.Alignment.LEFT, Table.Alignment.LEFT), List.of(row("A", "B")),
                List.of(row("x", "y")), List.of(), List.of(0.25, 0.75), "");
        assertEquals("x      │ y", lines(table, 27).get(2));
        assertEquals(27, DisplayWidth.of(lines(table, 27).get(1)));
    }

    @Test
    void theCaptionComesFirstNumberedWhenTheThemeSays() {
        Table captioned = new Table(List.of(Table.Alignment.LEFT), List.of(row("A")), List.of(row("1")),
                List.of(new Text("Prices")), List.of(), "");
        Table bare = new Table(List.of(Table.Alignment.LEFT), List.of(row("B")), List.of(row("2")));
        Numbers numbers = Numbers.of(List.of(captioned, bare));
        InlineFlattener inlines = new InlineFlattener(false, new LinkReferences());
        TableLayout numbered = new TableLayout(inlines, numbers, true);
        assertEquals("Table 1. Prices", numbered.layout(captioned, 40).get(0).plain());
        assertEquals("Table 2", numbered.layout(bare, 40).get(0).plain());
        assertEquals("Prices", lines(captioned, 40).get(0));
        assertEquals("B", lines(bare, 40).get(0));
    }
}
