package org.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared inline walk: reading order, default descent, actions after content, unbounded depth. */
class InlineWalkerTest {
    private static final List<Inline> SAMPLE = List.of(new Text("a "),
            new Emphasis(List.of(new Strong(List.of(new Text("b"))), new Code("c"))), new SoftBreak(),
            new Link("https://x.org", "", List.of(new Strikethrough(List.of(new Text("d"))))), new HardBreak(),
            new Image("i.png", "e", "", 1), new FootnoteRef("n", 1), new RawHtml("<br>"));

    @Test
    void plainTextVisitsLeavesInReadingOrderThroughEveryContainer() {
        assertEquals("a bc d e", PlainText.of(SAMPLE));
    }

    @Test
    void anOverridingVisitDescendsItselfAndRunsItsActionAfterTheContent() {
        StringBuilder out = new StringBuilder();
        InlineWalker brackets = new InlineWalker() {
            @Override
            public Void text(Text text) {
                out.append(text.text());
                return null;
            }

            @Override
            public Void emphasis(Emphasis emphasis) {
                out.append('[');
                descend(emphasis.content(), () -> out.append(']'));
                return null;
            }
        };
        brackets.walk(SAMPLE);
        assertEquals("a [b]d", out.toString());
    }

    @Test
    void nestingDeeperThanTheCallStackIsWalked() {
        Inline inline = new Text("deep");
        for (int i = 0; i < 200_000; i++) {
            inline = i % 2 == 0 ? new Emphasis(List.of(inline)) : new Link("#a", "", List.of(inline));
        }
        assertEquals("deep", PlainText.of(List.of(inline)));
    }
}
