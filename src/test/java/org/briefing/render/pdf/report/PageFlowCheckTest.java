package org.briefing.render.pdf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.LineRecord;
import org.briefing.style.Color;
import org.junit.jupiter.api.Test;

/** The report finds each fault it counts, on hand-made pages and line logs. */
class PageFlowCheckTest {
    private static TextItem text(String s, StructureRole role, int block, double baseline, String actualText) {
        ShapedText shaped = new ShapedText(s, List.of(new GlyphRun(0, s.codePoints().toArray(),
                new float[s.length()], 0)), 0);
        return new TextItem(10, baseline, new Fragment(shaped, shaped, 10, Color.BLACK, role, block, 0, null, null,
                false, 0), 0, actualText);
    }

    /** A page with lines {@code {block, role}} from the top, 12 points apart. */
    private static Page page(int number, Object[]... lines) {
        List<PageItem> items = new ArrayList<>();
        items.add(text("Header", StructureRole.ARTIFACT_HEADER, 0, 5, null));
        double y = 20;
        for (Object[] line : lines) {
            items.add(text("w", (StructureRole) line[1], (Integer) line[0], y,
                    line.length > 2 ? (String) line[2] : null));
            y += 12;
        }
        items.add(text("note", StructureRole.FOOTNOTE, 99, 190, null));
        return new Page(number, 200, 200, items);
    }

    private static Object[] p(int block) {
        return new Object[] {block, StructureRole.PARAGRAPH};
    }

    @Test
    void cleanPagesHaveNoFaults() {
        PageFlowCheck check = PageFlowCheck.of(List.of(page(1, p(1), p(1), p(2), p(2)), page(2, p(2), p(2), p(3))));
        assertEquals(new PageFlowCheck(0, 0, 0, 0), check);
    }

    @Test
    void findsAnOrphanAndAWidow() {
        assertEquals(1, PageFlowCheck.of(List.of(page(1, p(1), p(1), p(2)), page(2, p(2), p(2)))).orphans());
        assertEquals(1, PageFlowCheck.of(List.of(page(1, p(1), p(2), p(2)), page(2, p(2), p(3)))).widows());
    }

    @Test
    void findsAStrandedHeading() {
        Object[] heading = {5, StructureRole.H2};
        assertEquals(1, PageFlowCheck.of(List.of(page(1, p(1), p(1), heading), page(2, p(6), p(6))))
                .strandedHeadings());
        assertEquals(1, PageFlowCheck.of(List.of(page(1, p(1), heading, p(6)), page(2, p(6), p(6))))
                .strandedHeadings(), "one line below is not enough");
        assertEquals(0, PageFlowCheck.of(List.of(page(1, p(1), heading, p(6), p(6)), page(2, p(6))))
                .strandedHeadings());
        assertEquals(0, PageFlowCheck.of(List.of(page(1, p(1), heading))).strandedHeadings(),
                "nothing follows on the last page");
    }

    @Test
    void findsAPageEndingInAHyphen() {
        Object[] hyphenated = {2, StructureRole.PARAGRAPH, "fered"};
        assertEquals(1, PageFlowCheck.of(List.of(page(1, p(1), p(2), hyphenated), page(2, p(2), p(2))))
                .hyphenatedPageEnds());
    }

    @Test
    void countsRatiosHyphenRunsAndOverfullLines() {
        List<LineRecord> log = List.of(
                new LineRecord(1, StructureRole.PARAGRAPH, true, 1.5, true, false),
                new LineRecord(1, StructureRole.PARAGRAPH, true, -0.7, true, false),
                new LineRecord(1, StructureRole.PARAGRAPH, true, 0.2, true, true),
                new LineRecord(1, StructureRole.PARAGRAPH, false, 0, false, false),
                new LineRecord(2, StructureRole.H1, false, 5, true, false));
        TypographyReport r = TypographyReport.of(log, List.of(page(1, p(1))));
        assertEquals(5, r.lines());
        assertEquals(3, r.justifiedLines());
        assertEquals(1, r.loose());
        assertEquals(1, r.tight());
        assertEquals(1.5, r.worstRatio());
        assertEquals(4, r.hyphenated());
        assertEquals(3, r.longestHyphenRun());
        assertEquals(1, r.overfull());
        assertEquals(1.0 / 3, r.averageRatio(), 1e-9);
    }

    @Test
    void lastPageFillIsTheLastPagesDepthAgainstTheDeepestPage() {
        Object[][] ten = new Object[11][];
        for (int i = 0; i < ten.length; i++) {
            ten[i] = new Object[] {1, StructureRole.PARAGRAPH};
        }
        // Lines from 20 to 140 on a full page; the last page's three lines reach 44, a fifth of the way.
        Page full = page(1, ten);
        Page three = page(2, new Object[] {2, StructureRole.PARAGRAPH}, new Object[] {2, StructureRole.PARAGRAPH},
                new Object[] {2, StructureRole.PARAGRAPH});
        // Each page also has a footnote at 190, which does not count.
        assertEquals(20, LastPageFill.percent(List.of(full, three)));
        assertEquals(100, LastPageFill.percent(List.of(full, full)));
        assertEquals(100, LastPageFill.percent(List.of(three)), "one page is full by definition");
    }
}
