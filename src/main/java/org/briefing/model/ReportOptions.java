package org.briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * What the front matter asks of a report's apparatus (pandoc's and Quarto's keys).
 *
 * @param numberSections number headings 1, 1.1, 1.1.1 ({@code number-sections})
 * @param toc            print a table of contents ({@code toc}); null when the front matter does not say, so
 *                       the command line or the theme decides
 * @param tocDepth       the deepest heading level listed in the contents ({@code toc-depth}, 1 to 6)
 * @param tocTitle       the contents' heading ({@code toc-title}); empty for the locale's word
 * @param lof            print a list of figures ({@code lof})
 * @param lot            print a list of tables ({@code lot})
 * @param bibliography   bibliography files as written, relative to the source's folder ({@code bibliography})
 * @param csl            the citation style: a bundled style's name or a {@code .csl} file ({@code csl}); empty
 *                       for the default
 */
public record ReportOptions(boolean numberSections, Boolean toc, int tocDepth, String tocTitle, boolean lof,
                            boolean lot, List<String> bibliography, String csl) {
    /** Nothing asked: no numbers, contents as the theme or command line says, depth 2, no lists, no citations. */
    public static final ReportOptions DEFAULT = new ReportOptions(false, null, 2, "", false, false, List.of(), "");

    public ReportOptions {
        if (tocDepth < 1 || tocDepth > 6) {
            throw new IllegalArgumentException("toc depth is 1 to 6, was " + tocDepth);
        }
        tocTitle = Objects.requireNonNullElse(tocTitle, "");
        bibliography = List.copyOf(bibliography);
        csl = Objects.requireNonNullElse(csl, "");
    }
}
