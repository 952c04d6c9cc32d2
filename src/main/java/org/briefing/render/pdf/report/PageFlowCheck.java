package org.briefing.render.pdf.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;

/**
 * Counts page-break faults in laid-out pages, from the positioned text alone: a widow is a paragraph's
 * single line at the top of a page, an orphan its single line at the foot of one, a stranded heading one
 * with fewer than two lines below it on its page while the text goes on overleaf.
 */
public record PageFlowCheck(int widows, int orphans, int strandedHeadings, int hyphenatedPageEnds) {
    /** Roles of running text whose lines count for widows and orphans. */
    private static final Set<StructureRole> PARAGRAPHS = EnumSet.of(StructureRole.PARAGRAPH,
            StructureRole.LIST_BODY, StructureRole.QUOTE, StructureRole.PARTICIPANT_BIO);
    private static final Set<StructureRole> HEADINGS = EnumSet.of(StructureRole.H1, StructureRole.H2,
            StructureRole.H3, StructureRole.H4, StructureRole.H5, StructureRole.H6);

    /** One line of body text on a page: its block, baseline and role. */
    private record BodyLine(int block, double baseline, StructureRole role, boolean endsInHyphen) {
    }

    /** Checks the pages of one memo. */
    public static PageFlowCheck of(List<Page> pages) {
        List<List<BodyLine>> perPage = new ArrayList<>();
        for (Page page : pages) {
            perPage.add(bodyLines(page));
        }
        int widows = 0;
        int orphans = 0;
        int stranded = 0;
        int hyphenEnds = 0;
        for (int p = 0; p < perPage.size(); p++) {
            List<BodyLine> lines = perPage.get(p);
            if (lines.isEmpty()) {
                continue;
            }
            boolean textFollows = perPage.subList(p + 1, perPage.size()).stream().anyMatch(l -> !l.isEmpty());
            BodyLine last = lines.get(lines.size() - 1);
            if (textFollows) {
                List<BodyLine> next = perPage.subList(p + 1, perPage.size()).stream()
                        .filter(l -> !l.isEmpty()).findFirst().orElseThrow();
                if (PARAGRAPHS.contains(last.role()) && next.get(0).block() == last.block()) {
                    orphans += count(lines, last.block()) == 1 ? 1 : 0;
                    widows += count(next, last.block()) == 1 ? 1 : 0;
                }
                hyphenEnds += last.endsInHyphen() ? 1 : 0;
                for (int i = 0; i < lines.size(); i++) {
                    BodyLine line = lines.get(i);
                    boolean lastOfHeading = HEADINGS.contains(line.role())
                            && (i + 1 == lines.size() || lines.get(i + 1).block() != line.block());
                    if (lastOfHeading && linesBelow(lines, line.baseline()) < 2) {
                        stranded++;
                    }
                }
            }
        }
        return new PageFlowCheck(widows, orphans, stranded, hyphenEnds);
    }

    /** Distinct baselines below {@code baseline}: a list label and its text are one line. */
    private static long linesBelow(List<BodyLine> lines, double baseline) {
        return lines.stream().filter(l -> l.baseline() > baseline + 0.05)
                .map(l -> Math.round(l.baseline() * 10)).distinct().count();
    }

    private static int count(List<BodyLine> lines, int block) {
        return (int) lines.stream().filter(l -> l.block() == block).count();
    }

    /** The page's lines of body text (no furniture, no footnotes), top to bottom. */
    private static List<BodyLine> bodyLines(Page page) {
        Map<Integer, Map<Long, BodyLine>> byBlock = new HashMap<>();
        for (PageItem item : page.items()) {
            if (!(item instanceof TextItem t) || t.role().isArtifact() || t.role() == StructureRole.FOOTNOTE
                    || t.role() == StructureRole.FOOTNOTE_LABEL || t.blockId() == 0) {
                continue;
            }
            long key = Math.round(t.baseline() * 10);
            boolean hyphen = t.actualText() != null && !t.actualText().isEmpty();
            byBlock.computeIfAbsent(t.blockId(), k -> new TreeMap<>()).merge(key,
                    new BodyLine(t.blockId(), t.baseline(), t.role(), hyphen),
                    (a, b) -> new BodyLine(a.block(), a.baseline(), mainRole(a.role(), b.role()),
                            a.endsInHyphen() || b.endsInHyphen()));
        }
        List<BodyLine> lines = new ArrayList<>();
        byBlock.values().forEach(m -> lines.addAll(m.values()));
        lines.sort((a, b) -> Double.compare(a.baseline(), b.baseline()));
        return lines;
    }

    /** Links and note references inside a paragraph take the paragraph's role. */
    private static StructureRole mainRole(StructureRole a, StructureRole b) {
        return a == StructureRole.LINK || a == StructureRole.FOOTNOTE_REF ? b : a;
    }
}
