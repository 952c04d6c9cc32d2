package org.briefing.render.pdf.layout.flow;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.briefing.model.InputException;
import org.briefing.style.Color;
import org.junit.jupiter.api.Test;

/** The paginator never adds a page that places nothing: content that cannot fit fails, naming it. */
class PageGuardTest {
    private static final PageArea AREA = new PageArea(200, 200, 10, 10, 180, 100);

    private static Slab slab(double height, List<Integer> notes) {
        return new Slab(height, List.of(), false, false, notes, 0, false);
    }

    @Test
    void aFootnoteTallerThanTheTextAreaFailsInsteadOfAddingPagesForever() {
        Map<Integer, List<Slab>> notes = Map.of(1, List.of(slab(150, List.of())));
        InputException e = assertThrows(InputException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new Paginator(AREA, notes, Color.BLACK).paginate(List.of(slab(10, List.of(1))))));
        assertTrue(e.getMessage().contains("footnote 1"), e.getMessage());
        assertTrue(e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void aTextAreaWithNoHeightFailsAtOnce() {
        PageArea none = new PageArea(200, 200, 10, 10, 180, 0);
        assertThrows(InputException.class, () -> new Paginator(none, Map.of(), Color.BLACK));
    }
}
