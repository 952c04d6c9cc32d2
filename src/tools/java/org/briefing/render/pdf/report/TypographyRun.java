package org.briefing.render.pdf.report;

import org.briefing.model.Document;

/**
 * Prints the typography reports of the seed memo and of its body a hundred times, each set with total fit
 * and hyphenation and with first fit: the figures behind {@link TypographyReportTest}'s bar.
 */
public final class TypographyRun {
    private TypographyRun() {
    }

    /** Prints the four reports. */
    public static void main(String[] args) {
        Document seed = TypographyFixtures.seed();
        Document longDoc = TypographyFixtures.repeated(seed, 100);
        System.out.print(TypographyFixtures.report(seed, TypographyFixtures.totalFit()).format("seed, total fit + hyphenation"));
        System.out.print(TypographyFixtures.report(seed, TypographyFixtures.firstFit()).format("seed, first fit"));
        System.out.print(TypographyFixtures.report(longDoc, TypographyFixtures.totalFit()).format("seed body x100, total fit + hyphenation"));
        System.out.print(TypographyFixtures.report(longDoc, TypographyFixtures.firstFit()).format("seed body x100, first fit"));
    }
}
