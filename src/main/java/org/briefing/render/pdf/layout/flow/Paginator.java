package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.model.InputException;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.style.Color;

/**
 * Flows slabs onto pages: vertical space vanishes at page tops, keep-with-next chains move together,
 * footnotes land at the foot of the page that references them (the referencing line moves on when they
 * do not fit), and a table's header rows repeat at the top of every page the table continues on.
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
        for (int i = 0; i < slabs.size(); i++) {
            Slab slab = slabs.get(i);
            if (slab.space()) {
                if (y > 0) {
                    if (y + slab.height() + noteHeight > limit()) {
                        newPage();
                    } else {
                        place(slab);
                    }
                }
                continue;
            }
            if (slab.tableHeader()) {
                tableHeaders.computeIfAbsent(slab.tableId(), k -> new ArrayList<>()).add(slab);
            }
            double need = slab.height() + chainAfter(slabs, i);
            if (need > area.textHeight() * 0.8) {
                need = slab.height();
            }
            if (y > 0 && y + need + noteHeight + notesHeight(slab, false) > limit()) {
                newPage();
                if (slab.tableId() != 0 && !slab.tableHeader()) {
                    for (Slab header : tableHeaders.getOrDefault(slab.tableId(), List.of())) {
                        place(header);
                    }
                }
            }
            noteHeight += notesHeight(slab, true);
            place(slab);
        }
        newPage();
        while (!pageNotes.isEmpty()) {
            newPage();
        }
        return List.copyOf(pages);
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

    /** Height of the slabs a keep-with-next chain starting at {@code i} drags along. */
    private static double chainAfter(List<Slab> slabs, int i) {
        double h = 0;
        int j = i;
        while (slabs.get(j).keepWithNext() && j + 1 < slabs.size()) {
            j++;
            h += slabs.get(j).height();
            while (slabs.get(j).space() && j + 1 < slabs.size()) {
                j++;
                h += slabs.get(j).height();
            }
        }
        return h;
    }

    /** Extra height the slab's not yet placed footnotes need; records them when {@code take}. */
    private double notesHeight(Slab slab, boolean take) {
        double h = 0;
        boolean first = pageNotes.isEmpty();
        for (int number : slab.footnotes()) {
            List<Slab> body = notes.get(number);
            if (body == null || placedNotes.contains(number)) {
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

    private void newPage() {
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
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
            depths.add(y + noteHeight);
        }
        page = new ArrayList<>();
        pageNotes = carried;
        noteHeight = 0;
        for (Slab s : carried) {
            noteHeight += s.height();
        }
        noteHeight += carried.isEmpty() ? 0 : NOTE_SEPARATOR;
        y = 0;
        keeping = false;
    }
}
