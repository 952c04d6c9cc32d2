package org.briefing.render.pdf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefing.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bar, measured: on the seed and on the seed's body a hundred times, no overfull lines,
 * widows, orphans or stranded headings, no more than two hyphenated lines in a row, no page ending in a
 * hyphen, and fewer loose lines than first fit sets on the same text.
 */
class TypographyReportTest {
    private static TypographyReport seedTotal;
    private static TypographyReport seedFirst;
    private static TypographyReport longTotal;
    private static TypographyReport longFirst;

    @BeforeAll
    static void layOut() {
        Document seed = TypographyFixtures.seed();
        Document longDoc = TypographyFixtures.repeated(seed, 100);
        seedTotal = TypographyFixtures.report(seed, TypographyFixtures.totalFit());
        seedFirst = TypographyFixtures.report(seed, TypographyFixtures.firstFit());
        longTotal = TypographyFixtures.report(longDoc, TypographyFixtures.totalFit());
        longFirst = TypographyFixtures.report(longDoc, TypographyFixtures.firstFit());
    }

    private static void meetsTheBar(TypographyReport total, TypographyReport first) {
        String both = total.format("total fit") + first.format("first fit");
        assertEquals(0, total.overfull(), both);
        assertEquals(0, total.widows(), both);
        assertEquals(0, total.orphans(), both);
        assertEquals(0, total.strandedHeadings(), both);
        assertEquals(0, total.hyphenatedPageEnds(), both);
        assertTrue(total.longestHyphenRun() <= 2, both);
        assertTrue(total.hyphenated() > 0, "the text is hyphenated\n" + both);
        assertTrue(total.loose() < first.loose(), both);
        assertTrue(Math.abs(total.worstRatio()) <= Math.abs(first.worstRatio()), both);
    }

    @Test
    void seedMeetsTheBar() {
        meetsTheBar(seedTotal, seedFirst);
    }

    @Test
    void longDocumentMeetsTheBar() {
        meetsTheBar(longTotal, longFirst);
        assertTrue(longTotal.pages() > 50, longTotal.format("long"));
    }
}
