package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.junit.jupiter.api.Test;

class TableLayoutTest {
    private final TableLayout layout = new TableLayout(new InlineFlattener(false, new LinkReferences()));

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
        assertTrue(lines.get(2).startsWith("Li Bin │ senior"), lines.get(2));
    }

    @Test
    void tooManyColumnsBecomeRecords() {
        Table table = new Table(List.of(Table.Alignment.NONE, Table.Alignment.NONE, Table.Alignment.NONE),
                List.of(row("A", "B", "C")), List.of(row("1", "2", "3")));
        assertEquals(List.of("A: 1", "B: 2", "C: 3"), lines(table, 8));
    }

    @Test
    void narrowColumnsKeepTheirWidthAndWideOnesShareTheRest() {
        assertArrayEquals(new int[] {5, 12, 13}, TableLayout.allocate(new int[] {5, 40, 50}, 30));
        assertArrayEquals(new int[] {5, 10}, TableLayout.allocate(new int[] {5, 10}, 30));
    }
}
