package org.briefing.render.pdf.report;

import java.util.List;
import java.util.Locale;
import org.briefing.render.RenderJob;
import org.briefing.render.pdf.PdfRenderer;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageComposition;
import org.briefing.render.pdf.layout.inline.LineLog;
import org.briefing.render.pdf.layout.inline.LineRecord;

/**
 * How well a memo is set: its lines' spacing and hyphens (from the line log), its page breaks (from
 * the pages) and, per page, how full it is and why it ended (from pagination). Loose lines stretch their spaces by more than their stretchability (ratio above 1), tight
 * ones shrink them by more than half of theirs (below -0.5); both count justified lines only, since
 * ragged and last lines are set at natural spacing.
 *
 * @param justifiedLines        lines whose ratio the averages are taken over
 * @param longestHyphenRun      most hyphenated lines in a row within a paragraph
 * @param hyphenatedPageEnds    pages whose last body line ends with a hyphen
 * @param strandedHeadings      headings with fewer than two lines of what follows below them on their page
 * @param lastPagePercent       how deep the last page's text reaches, in percent of the deepest page's
 * @param composition           per page, how full it is and why it ended (empty when not known)
 */
public record TypographyReport(int pages, int lines, int justifiedLines, double averageRatio, double worstRatio,
                               int loose, int tight, int hyphenated, int longestHyphenRun, int overfull,
                               int widows, int orphans, int strandedHeadings, int hyphenatedPageEnds,
                               int lastPagePercent, List<PageComposition> composition) {
    public TypographyReport {
        composition = List.copyOf(composition);
    }

    /** Lays a job out with the default PDF renderer and reports on it. */
    public static TypographyReport measure(RenderJob job) {
        LineLog log = new LineLog();
        LaidOutDocument laidOut = new PdfRenderer().layoutWithStructure(job, new FontLibrary(job.theme()), log);
        return of(log.lines(), laidOut.pages(), laidOut.composition());
    }

    /** The report of a layout run: every line it set and the pages it made, their composition not known. */
    public static TypographyReport of(List<LineRecord> lineLog, List<Page> pages) {
        return of(lineLog, pages, List.of());
    }

    /** The report of a layout run: every line it set, the pages it made and how each was composed. */
    public static TypographyReport of(List<LineRecord> lineLog, List<Page> pages,
                                      List<PageComposition> composition) {
        int justified = 0;
        double sum = 0;
        double worst = 0;
        int loose = 0;
        int tight = 0;
        int hyphenated = 0;
        int run = 0;
        int longestRun = 0;
        int overfull = 0;
        int block = -1;
        for (LineRecord line : lineLog) {
            if (line.blockId() != block) {
                run = 0;
                block = line.blockId();
            }
            if (line.justified()) {
                justified++;
                sum += line.ratio();
                worst = Math.abs(line.ratio()) > Math.abs(worst) ? line.ratio() : worst;
                loose += line.ratio() > 1 ? 1 : 0;
                tight += line.ratio() < -0.5 ? 1 : 0;
            }
            if (line.hyphenated()) {
                hyphenated++;
                run++;
                longestRun = Math.max(longestRun, run);
            } else {
                run = 0;
            }
            overfull += line.overfull() ? 1 : 0;
        }
        PageFlowCheck flow = PageFlowCheck.of(pages);
        return new TypographyReport(pages.size(), lineLog.size(), justified, justified == 0 ? 0 : sum / justified,
                worst, loose, tight, hyphenated, longestRun, overfull, flow.widows(), flow.orphans(),
                flow.strandedHeadings(), flow.hyphenatedPageEnds(), LastPageFill.percent(pages), composition);
    }

    /** The report as aligned "name: value" lines, for a terminal, then a line per page on its composition. */
    public String format(String title) {
        StringBuilder pageLines = new StringBuilder();
        if (!composition.isEmpty()) {
            pageLines.append("  page composition (text area filled, why the page ended)\n");
        }
        for (PageComposition page : composition) {
            pageLines.append(String.format(Locale.ROOT, "    page %-4d %3d%%  %s\n", page.page(), page.percent(),
                    page.end().label()));
        }
        return typography(title) + pageLines;
    }

    private String typography(String title) {
        return String.format(Locale.ROOT, """
                %s
                  pages                       %d
                  lines                       %d (justified, not last: %d)
                  adjustment ratio            average %.3f, worst %.3f
                  loose lines (ratio > 1)     %d
                  tight lines (ratio < -0.5)  %d
                  hyphenated lines            %d (longest run %d)
                  overfull lines              %d
                  widows                      %d
                  orphans                     %d
                  stranded headings           %d
                  pages ending in a hyphen    %d
                  last page filled            %d%% (of the fullest page)
                """, title, pages, lines, justifiedLines, averageRatio, worstRatio, loose, tight, hyphenated,
                longestHyphenRun, overfull, widows, orphans, strandedHeadings, hyphenatedPageEnds, lastPagePercent);
    }
}
