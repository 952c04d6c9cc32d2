package org.briefing.style;

import java.util.List;

/**
 * Paragraph and page-flow settings of a theme (its {@code typography:} section).
 *
 * @param hyphenate              hyphenate body text (never headings, code or links)
 * @param hyphenationExceptions  words written with their allowed hyphens, e.g. {@code Tsing-hua}, overriding
 *                               the patterns
 * @param widows                 fewest lines of a paragraph at the top of a page (1 allows widows)
 * @param orphans                fewest lines of a paragraph at the foot of a page (1 allows orphans)
 * @param opticalMargins         let hyphens, stops, commas and quotes hang slightly into the margins
 * @param balanceLastPage        share the content of the last two pages evenly rather than leave a nearly
 *                               empty last page (never adding a page)
 * @param keepTableRows          a table with at most this many body rows is never split across pages
 * @param keepCodeLines          a code block of at most this many lines is never split across pages
 */
public record Typography(boolean hyphenate, List<String> hyphenationExceptions, int widows, int orphans,
                         boolean opticalMargins, boolean balanceLastPage, int keepTableRows, int keepCodeLines) {
    /**
     * What a theme gets when it says nothing: hyphenation on, no widows or orphans, hanging punctuation,
     * pages filled in order (the last page is balanced only where a theme asks), tables of up to 8 rows and
     * code of up to 12 lines kept whole.
     */
    public static final Typography DEFAULT = new Typography(true, List.of(), 2, 2, true, false, 8, 12);

    public Typography {
        hyphenationExceptions = List.copyOf(hyphenationExceptions);
        if (widows < 1 || orphans < 1) {
            throw new IllegalArgumentException("widows and orphans are at least 1");
        }
        if (keepTableRows < 0 || keepCodeLines < 0) {
            throw new IllegalArgumentException("keep counts are at least 0");
        }
    }
}
