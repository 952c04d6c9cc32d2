package org.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The block walker visits nested blocks in reading order and survives nesting deeper than the call stack. */
class BlockWalkerTest {
    private static Paragraph para(String text) {
        return new Paragraph(List.of(new Text(text)));
    }

    /** Collects the text of every paragraph it reaches. */
    private static final class Texts extends BlockWalker {
        final List<String> seen = new ArrayList<>();

        @Override
        public Void paragraph(Paragraph paragraph) {
            seen.add(PlainText.of(paragraph.content()));
            return null;
        }
    }

    @Test
    void visitsQuotesAndListItemsInReadingOrder() {
        ListBlock list = new ListBlock(false, 1, true, List.of(
                new ListItem(null, List.of(para("b"), new BlockQuote(List.of(para("c"))))),
                new ListItem(null, List.of(para("d")))));
        Texts texts = new Texts();
        texts.walk(List.of(para("a"), list, para("e")));
        assertEquals(List.of("a", "b", "c", "d", "e"), texts.seen);
    }

    @Test
    void walksQuotesNestedFarDeeperThanTheCallStackAllows() {
        Block block = para("inside");
        for (int i = 0; i < 200_000; i++) {
            block = new BlockQuote(List.of(block));
        }
        Texts texts = new Texts();
        texts.walk(List.of(block, para("after")));
        assertEquals(List.of("inside", "after"), texts.seen);
    }
}
