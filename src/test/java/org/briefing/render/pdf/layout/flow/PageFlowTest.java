package org.briefing.render.pdf.layout.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FixedWidthMeasurer;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.style.Color;
import org.junit.jupiter.api.Test;

/** The page-flow rules on plain layout data: line keeping and what the paginator makes of it. */
class PageFlowTest {
    private static final PageArea AREA = new PageArea(200, 200, 10, 10, 180, 100);
    private static final LineKeeping TWO_TWO = new LineKeeping(2, 2);

    private static Fragment fragment(String text, StructureRole role, int block) {
        ShapedText shaped = new FixedWidthMeasurer().shape(text, new FontKey("serif", false, false));
        return new Fragment(shaped, shaped, 10, Color.BLACK, role, block, 0, null, null, false, 0);
    }

    /** A 10-point line of a paragraph, keeping with the next as {@code keep} says. */
    private static Slab line(String text, int block, StructureRole role, boolean keep, List<Integer> notes) {
        return new Slab(10, List.of(new TextItem(0, 8, fragment(text, role, block), 0)), false, keep, notes, 0,
                false);
    }

    /** A paragraph of {@code n} lines whose keep flags come from the rule. */
    private static List<Slab> paragraph(int block, int n, LineKeeping rule) {
        List<Slab> slabs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slabs.add(line("p" + block + "l" + i, block, StructureRole.PARAGRAPH, rule.keepsWithNext(i, n, false),
                    List.of()));
        }
        return slabs;
    }

    private static List<String> texts(List<PageItem> page) {
        return page.stream().filter(TextItem.class::isInstance)
                .map(i -> ((TextItem) i).fragment().text().text()).toList();
    }

    @Test
    void noOrphanNoWidowKeepsFirstTwoAndLastTwoLinesTogether() {
        // Lines 0-1 and 3-4 of a five-line paragraph are bound; a break may only come after line 1 or 2.
        List<Boolean> keeps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keeps.add(TWO_TWO.keepsWithNext(i, 5, false));
        }
        assertEquals(List.of(true, false, false, true, false), keeps);
        assertEquals(List.of(true, false), List.of(TWO_TWO.keepsWithNext(0, 2, false),
                TWO_TWO.keepsWithNext(1, 2, false)), "a two-line paragraph stays whole; its last line is free");
        assertTrue(new LineKeeping(3, 1).keepsWithNext(3, 6, false), "three widow lines bind lines 3-5");
        assertFalse(new LineKeeping(1, 1).keepsWithNext(0, 6, false), "1/1 allows any break");
        assertTrue(new LineKeeping(1, 1).keepsWithNext(2, 6, true), "a hyphenated line never ends a page");
    }

    @Test
    void aParagraphAtThePageFootLeavesNoOrphan() {
        // Nine lines fill 90 of 100 points; a new paragraph would leave one line at the foot.
        List<Slab> flow = new ArrayList<>(paragraph(1, 9, new LineKeeping(1, 1)));
        flow.addAll(paragraph(2, 4, TWO_TWO));
        List<List<PageItem>> pages = new Paginator(AREA, Map.of(), Color.BLACK).paginate(flow);
        assertEquals(2, pages.size());
        assertFalse(texts(pages.get(0)).contains("p2l0"), "the paragraph's first line moved on with its second");
        assertEquals(List.of("p2l0", "p2l1", "p2l2", "p2l3"), texts(pages.get(1)));
    }

    @Test
    void aParagraphBreakingAcrossPagesLeavesNoWidow() {
        // Six lines, then a five-line paragraph: lines 0-3 fit, but a break after line 3 would leave a widow.
        List<Slab> flow = new ArrayList<>(paragraph(1, 6, new LineKeeping(1, 1)));
        flow.addAll(paragraph(2, 5, TWO_TWO));
        List<List<PageItem>> pages = new Paginator(AREA, Map.of(), Color.BLACK).paginate(flow);
        List<String> second = texts(pages.get(1));
        assertTrue(second.size() >= 2 && second.get(0).startsWith("p2"), second.toString());
        assertEquals(List.of("p2l3", "p2l4"), second);
    }

    @Test
    void aHeadingMovesWithTwoLinesOfWhatFollows() {
        List<Slab> flow = new ArrayList<>(paragraph(1, 8, new LineKeeping(1, 1)));
        flow.add(line("Heading", 2, StructureRole.H2, true, List.of()));
        flow.addAll(paragraph(3, 4, TWO_TWO));
        List<List<PageItem>> pages = new Paginator(AREA, Map.of(), Color.BLACK).paginate(flow);
        assertFalse(texts(pages.get(0)).contains("Heading"));
        assertEquals(List.of("Heading", "p3l0", "p3l1", "p3l2", "p3l3"), texts(pages.get(1)));
    }

    @Test
    void aListLabelStaysOnItsFirstLine() {
        FlowWriter writer = new FlowWriter();
        Column frame = Column.full(10, 180, org.briefing.style.Role.LIST, StructureRole.LIST_BODY);
        writer.label(new Label(fragment("1.", StructureRole.LIST_LABEL, 5), 20));
        writer.emit(frame, 10, List.of(new TextItem(24, 8, fragment("item", StructureRole.LIST_BODY, 6), 0)), 8,
                false, List.of(), 0, 6);
        List<Slab> slabs = writer.slabs();
        assertEquals(1, slabs.size());
        assertEquals(List.of("1.", "item"), texts(slabs.get(0).items()), "label and first line are one slab");
    }

    @Test
    void aFootnoteStaysOnThePageOfItsReference() {
        // The referencing line would fit, but with its note it does not: both go to the next page together.
        List<Slab> flow = new ArrayList<>(paragraph(1, 8, new LineKeeping(1, 1)));
        flow.add(line("ref", 2, StructureRole.PARAGRAPH, false, List.of(1)));
        Slab note = line("note", 9, StructureRole.FOOTNOTE, false, List.of());
        List<List<PageItem>> pages = new Paginator(AREA, Map.of(1, List.of(note)), Color.BLACK).paginate(flow);
        assertEquals(2, pages.size());
        assertTrue(texts(pages.get(1)).containsAll(List.of("ref", "note")), texts(pages.get(1)).toString());
        assertFalse(texts(pages.get(0)).contains("note"));
    }
}
