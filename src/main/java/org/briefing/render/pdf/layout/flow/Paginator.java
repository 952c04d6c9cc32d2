package org.briefing.render.pdf.layout.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.model.InputException;
import org.briefing.render.pdf.layout.frame.PageComposition;
import org.briefing.render.pdf.layout.frame.PageComposition.End;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.style.Color;
import org.briefing.style.Figures;

/**
 * Flows slabs onto pages: vertical space vanishes at page tops, keep-with-next chains and blocks kept whole
 * move together ({@link KeepPlan}), footnotes land at the foot of the page that references them (the
 * referencing line moves on when they do not fit), a table's header rows repeat at the top of every page the
 * table continues on, forced breaks start new pages, and a figure that floats to the top of the next page
 * lets the text after it fill the gap. It records why each page ended ({@link #composition}).
 */
final class Paginator {
    static final double NOTE_SEPARATOR = 10;
    private final PageArea area;
    private final Map<Integer, List<Slab>> notes;
    private final Color ruleColor;
    private final List<List<PageItem>> pages = new ArrayList<>();
    private final Map<Integer, List<Slab>> tableHeaders = new HashMap<>();
    private List<PageItem> page = new ArrayList<>();
    /** Footnote slabs for the foot of the current page, in order; what does not fit moves to the next page. */
    private List<Slab> pageNotes = new ArrayList<>();
    private final Set<Integer> placedNotes = new LinkedHashSet<>();
    private double y;
    private double noteHeight;
    /** Pages from this index on are filled only to {@link #cap} (last-page balancing); -1 for none. */
    private int capFrom = -1;
    private double cap;
    /** Whether the last slab placed must not be followed by a page break: a cap never breaks a keep. */
    private boolean keeping;
    /** How deep each finished page is filled, text and footnotes, in points. */
    private final List<Double> depths = new ArrayList<>();
    /** Why each finished page ended. */
    private final List<End> ends = new ArrayList<>();
    /** Figures (their slabs and the space after them) waiting for the top of a page, in order. */
    private final Deque<List<Slab>> waiting = new ArrayDeque<>();
    /** Whether the next page is kept even when empty: the blank page before a right-hand start. */
    private boolean forceNextPage;

    /**
     * @param notes footnote slabs by number (empty when footnotes are endnotes)
     */
    Paginator(PageArea area, Map<Integer, List<Slab>> notes, Color ruleColor) {
        if (!(area.textHeight() > 0 && area.textWidth() > 0)) {
            // The theme loader refuses such pages; this guard keeps any other caller from looping on them.
            throw new InputException("the page's text area is " + area.textWidth() + " × " + area.textHeight()
                    + " pt: nothing can be placed on it");
        }
        this.area = area;
        this.notes = Map.copyOf(notes);
        this.ruleColor = ruleColor;
    }

    /**
     * The same paginator filling pages from index {@code fromPage} (0-based) on only {@code height} points
     * deep (never deeper than the text area), for balancing the last pages. Footnotes still sit at the foot
     * of the text area. A slab that a keep binds to the one before it may go past the cap: the cap moves
     * page breaks earlier, it never breaks a keep.
     */
    Paginator capped(int fromPage, double height) {
        Paginator p = new Paginator(area, notes, ruleColor);
        p.capFrom = fromPage;
        p.cap = Math.min(height, area.textHeight());
        return p;
    }

    /** How deep the last page of the latest {@link #paginate} run is filled, text and footnotes, in points. */
    double lastPageDepth() {
        return depths.isEmpty() ? 0 : depths.get(depths.size() - 1);
    }

    /** How deep the current page may be filled. */
    private double limit() {
        return capFrom >= 0 && pages.size() >= capFrom && !keeping ? cap : area.textHeight();
    }

    /** Pages of items, in order; at least one page. */
    List<List<PageItem>> paginate(List<Slab> flow) {
        List<Slab> slabs = withUnreferencedNotes(flow);
        KeepPlan plan = new KeepPlan(slabs, area.textHeight());
        // Slabs up to this index belong to a unit already placed whole: no page break goes before them.
        int bound = -1;
        for (int i = 0; i < slabs.size(); i++) {
            Slab slab = slabs.get(i);
            if (slab.starts().pageStart() != null) {
                forcedBreak(slab.starts().pageStart());
                bound = -1;
                continue;
            }
            if (slab.space()) {
                if (y > 0) {
                    if (i > bound && y + slab.height() + noteHeight > limit()) {
                        newPage(y + slab.height() + noteHeight > area.textHeight() ? End.FULL : End.BALANCE);
                    } else {
                        place(slab);
                    }
                }
                continue;
            }
            if (slab.tableHeader()) {
                tableHeaders.computeIfAbsent(slab.tableId(), k -> new ArrayList<>()).add(slab);
            }
            if (i > bound) {
                int end = plan.unitEnd(i);
                boolean block = plan.holdsBlock(i, end);
                if (slab.starts().figure() == Figures.Placement.TOP && plan.blockEnd(i) >= 0) {
                    int last = plan.blockEnd(i);
                    while (last + 1 < slabs.size() && slabs.get(last + 1).space()) {
                        last++;
                    }
                    List<Slab> figure = slabs.subList(i, last + 1);
                    if (!waiting.isEmpty()
                            || y > 0 && y + plan.height(i, last) + noteHeight + notesHeight(figure, false) > limit()) {
                        // Later text fills this page; the figure waits for the next page's top.
                        waiting.add(figure);
                        i = last;
                        continue;
                    }
                }
                double need = plan.height(i, end);
                double notesNeed = notesHeight(block ? slabs.subList(i, end + 1) : List.of(slab), false);
                if (y > 0 && y + need + noteHeight + notesNeed > limit()) {
                    boolean overflows = y + need + noteHeight + notesNeed > area.textHeight();
                    // What leaves a page short cannot be split: a lone slab that tall is a kept block too.
                    boolean isShort = y + noteHeight < area.textHeight() * LastPageBalancer.FULL_ENOUGH / 100;
                    newPage(!overflows ? End.BALANCE
                            : slab.starts().figure() != null && plan.blockEnd(i) >= 0 ? End.FLOAT
                            : block || isShort ? End.KEPT : End.FULL);
                    if (slab.tableId() != 0 && !slab.tableHeader()) {
                        for (Slab header : tableHeaders.getOrDefault(slab.tableId(), List.of())) {
                            place(header);
                        }
                    }
                }
                if (block) {
                    bound = end;
                }
            }
            noteHeight += notesHeight(List.of(slab), true);
            place(slab);
        }
        newPage(waiting.isEmpty() ? End.END : End.FLOAT);
        // A page that only waiting figures were set on is finished too.
        while (!pageNotes.isEmpty() || !waiting.isEmpty() || !page.isEmpty()) {
            newPage(waiting.isEmpty() ? End.END : End.FLOAT);
        }
        // Only the last page ends with the document; one before it that did ended full of notes.
        for (int p = 0; p < ends.size(); p++) {
            ends.set(p, p == ends.size() - 1 ? End.END : ends.get(p) == End.END ? End.FULL : ends.get(p));
        }
        return List.copyOf(pages);
    }

    /** How each page of the latest {@link #paginate} run was composed, in page order. */
    List<PageComposition> composition() {
        List<PageComposition> out = new ArrayList<>(ends.size());
        for (int p = 0; p < ends.size(); p++) {
            double share = Math.min(1, depths.get(p) / area.textHeight());
            out.add(new PageComposition(p + 1, (int) Math.round(100 * share), ends.get(p)));
        }
        return out;
    }

    /**
     * Starts a new page for a forced break, unless the current one is still empty. Figures waiting for a
     * page top are set first: none floats past a forced break. A right-hand start after an odd number of
     * pages leaves a blank page, which still carries the running header and footer (page numbers run on).
     */
    private void forcedBreak(Slab.PageStart kind) {
        End reason = kind == Slab.PageStart.MANUAL ? End.MANUAL : End.BREAK_BEFORE;
        while (!waiting.isEmpty()) {
            newPage(reason);
        }
        if (y > 0) {
            newPage(reason);
        }
        if (kind == Slab.PageStart.RIGHT && pages.size() % 2 == 1) {
            forceNextPage = true;
            newPage(reason);
        }
    }

    /** Notes nothing references would be lost; an empty slab at the end carries them onto the last page. */
    private List<Slab> withUnreferencedNotes(List<Slab> flow) {
        Set<Integer> referenced = new java.util.HashSet<>();
        for (Slab slab : flow) {
            referenced.addAll(slab.footnotes());
        }
        List<Integer> orphans = new ArrayList<>();
        for (int number : new java.util.TreeSet<>(notes.keySet())) {
            if (!referenced.contains(number)) {
                orphans.add(number);
            }
        }
        if (orphans.isEmpty()) {
            return flow;
        }
        List<Slab> all = new ArrayList<>(flow);
        all.add(new Slab(0, List.of(), false, false, orphans, 0, false));
        return all;
    }

    /** Extra height the run's not yet placed footnotes need; records them when {@code take}. */
    private double notesHeight(List<Slab> run, boolean take) {
        double h = 0;
        boolean first = pageNotes.isEmpty();
        Set<Integer> counted = new java.util.HashSet<>();
        for (Slab slab : run) {
            for (int number : slab.footnotes()) {
                List<Slab> body = notes.get(number);
                if (body == null || placedNotes.contains(number) || !counted.add(number)) {
                    continue;
                }
                if (first) {
                    h += NOTE_SEPARATOR;
                    first = false;
                }
                for (Slab s : body) {
                    h += s.height();
                }
                if (take) {
                    pageNotes.addAll(body);
                    placedNotes.add(number);
                }
            }
        }
        return h;
    }

    private void place(Slab slab) {
        page.addAll(slab.itemsAt(area.top() + y));
        y += slab.height();
        if (!slab.space()) {
            keeping = slab.keepWithNext();
        }
    }

    /** The error for a footnote part that does not fit even on a page of its own. */
    private InputException tooTall(Slab part) {
        int number = 0;
        for (Map.Entry<Integer, List<Slab>> note : notes.entrySet()) {
            for (Slab s : note.getValue()) {
                if (s == part) {
                    number = note.getKey();
                }
            }
        }
        return new InputException("footnote " + number + " has a part " + Math.round(part.height())
                + " pt tall, which does not fit in the page's text area (" + Math.round(area.textHeight())
                + " pt with the footnote rule); shorten the note or use a larger page or smaller margins");
    }

    /** Ends the current page for {@code reason} and sets the figures waiting for a page top on the next. */
    private void newPage(End reason) {
        List<Slab> carried = new ArrayList<>();
        boolean emptyPage = y == 0;
        if (!pageNotes.isEmpty()) {
            double room = area.textHeight() - y;
            double noteY = area.bottom() - Math.min(noteHeight, room);
            page.add(new RuleItem(area.left(), noteY + 3, area.textWidth() * 0.25, 0.5, ruleColor, false,
                    StructureRole.RULE, 0));
            noteY += NOTE_SEPARATOR;
            for (Slab s : pageNotes) {
                // A note taller than the room left continues at the foot of the next page.
                if (!carried.isEmpty() || noteY + s.height() > area.bottom() + 0.01) {
                    carried.add(s);
                    continue;
                }
                if (!s.space()) {
                    page.addAll(s.itemsAt(noteY));
                }
                noteY += s.height();
            }
            if (emptyPage && carried.size() == pageNotes.size()) {
                // Nothing on this page and no part of the note fits: every next page would be the same.
                throw tooTall(carried.get(0));
            }
        }
        if (!page.isEmpty() || pages.isEmpty() || forceNextPage) {
            pages.add(page);
            depths.add(y + noteHeight);
            ends.add(reason);
        }
        forceNextPage = false;
        page = new ArrayList<>();
        pageNotes = carried;
        noteHeight = 0;
        for (Slab s : carried) {
            noteHeight += s.height();
        }
        noteHeight += carried.isEmpty() ? 0 : NOTE_SEPARATOR;
        y = 0;
        keeping = false;
        placeWaitingFigures();
    }

    /** Sets waiting figures, in their order, at the top of the fresh page while they fit. */
    private void placeWaitingFigures() {
        while (!waiting.isEmpty()) {
            List<Slab> figure = waiting.peekFirst();
            double h = 0;
            for (Slab s : figure) {
                h += s.height();
            }
            if (y > 0 && y + h + noteHeight + notesHeight(figure, false) > area.textHeight()) {
                return;
            }
            waiting.removeFirst();
            for (Slab s : figure) {
                if (!s.space() || y > 0) {
                    noteHeight += notesHeight(List.of(s), true);
                    place(s);
                }
            }
        }
    }
}
