package org.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void figuresAndTablesAreCountedSeparatelyInReadingOrderIncludingNestedOnes() {
        Figure first = new Figure(new Image("a.png", "A", "", 1));
        Figure twin = new Figure(new Image("a.png", "A", "", 1));
        Figure quoted = new Figure(new Image("b.png", "B", "", 3));
        Table table = new Table(List.of(Table.Alignment.NONE), List.of(), List.of());
        List<Block> blocks = List.of(first, table, new BlockQuote(List.of(quoted)), twin);
        Numbers numbers = Numbers.of(blocks);
        assertEquals(1, numbers.of(first));
        assertEquals(2, numbers.of(quoted));
        assertEquals(3, numbers.of(twin), "an equal figure is still its own figure");
        assertEquals(1, numbers.of(table));
        assertEquals(0, numbers.of(new Figure(new Image("c.png", "", "", 9))));
    }
}
