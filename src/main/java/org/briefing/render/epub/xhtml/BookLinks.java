package org.briefing.render.epub.xhtml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefing.model.Block;
import org.briefing.model.Footnote;
import org.briefing.model.Heading;
import org.briefing.model.PlainText;

/**
 * Where everything that can be linked to lives in the book: heading anchors, labelled figures and tables,
 * footnotes and the first reference to each footnote (for back-links). Built once, before any document is written,
 * so that links across documents resolve.
 */
public final class BookLinks {
    /** A place in the book: a content document and an element id in it. */
    public record Target(String file, String id) {
        /** The href from a document in the same folder. */
        public String hrefFrom(String currentFile) {
            return (file.equals(currentFile) ? "" : file) + "#" + id;
        }
    }

    /** A heading as listed in the table of contents. */
    public record TocHeading(int level, String title, Target target) {
    }

    /** Ids the title page and notes use themselves; a heading never gets one of them. */
    private static final Set<String> RESERVED = Set.of("lead", FrontMatter.PARTICIPANTS_ID, "toc", "toc-title",
            "landmarks");

    private final Map<Heading, Target> headings = new IdentityHashMap<>();
    private final Map<Block, Target> labels = new IdentityHashMap<>();
    private final Map<String, Target> anchors = new HashMap<>();
    private final List<TocHeading> toc = new ArrayList<>();
    private final Map<Integer, Footnote> footnotes = new TreeMap<>();
    private final Map<Integer, String> footnoteFiles = new HashMap<>();
    private final Map<Integer, Target> firstRefs = new HashMap<>();
    private final Map<String, List<Footnote>> footnotesByFile = new LinkedHashMap<>();
    private final Map<Integer, Integer> refsWritten = new HashMap<>();

    /** Indexes the sections (in reading order) and the document's footnotes. */
    public BookLinks(List<Section> sections, List<Footnote> notes) {
        Set<String> used = new HashSet<>();
        for (Footnote note : notes) {
            footnotes.putIfAbsent(note.number(), note);
        }
        for (Section section : sections) {
            footnotesByFile.put(section.file(), new ArrayList<>());
            for (Block top : section.blocks()) {
                Heading h = ModelWalk.headingOf(top);
                if (h != null) {
                    toc.add(new TocHeading(h.level(), titleOf(h, toc.size() + 1), target(h, section, used)));
                }
            }
            ModelWalk.each(section.blocks(), h -> target(h, section, used), (block, label) -> {
                if (!label.matches(".*\\s.*")) {
                    Target target = new Target(section.file(), free(label, used));
                    labels.put(block, target);
                    anchors.putIfAbsent(label, target);
                }
            }, ref -> {
                if (footnotes.containsKey(ref.number()) && !firstRefs.containsKey(ref.number())) {
                    firstRefs.put(ref.number(), new Target(section.file(), refId(ref.number(), 1)));
                    footnoteFiles.put(ref.number(), section.file());
                    footnotesByFile.get(section.file()).add(footnotes.get(ref.number()));
                }
            });
        }
        // A note that only other notes cite goes with the first note citing it, so it stays close by.
        java.util.Deque<Footnote> placed = new java.util.ArrayDeque<>();
        footnotesByFile.values().forEach(placed::addAll);
        while (!placed.isEmpty()) {
            Footnote citing = placed.poll();
            String file = footnoteFiles.get(citing.number());
            ModelWalk.each(citing.blocks(), h -> { }, ref -> {
                if (footnotes.containsKey(ref.number()) && !footnoteFiles.containsKey(ref.number())) {
                    footnoteFiles.put(ref.number(), file);
                    footnotesByFile.get(file).add(footnotes.get(ref.number()));
                    placed.add(footnotes.get(ref.number()));
                }
            });
        }
        // Notes nothing cites go with the last document.
        String last = sections.get(sections.size() - 1).file();
        for (Footnote note : footnotes.values()) {
            if (!footnoteFiles.containsKey(note.number())) {
                footnoteFiles.put(note.number(), last);
                footnotesByFile.get(last).add(note);
            }
        }
    }

    private Target target(Heading h, Section section, Set<String> used) {
        Target known = headings.get(h);
        if (known != null) {
            return known;
        }
        String base = h.id() == null || h.id().isBlank() || h.id().matches(".*\\s.*")
                ? "heading-" + (headings.size() + 1) : h.id();
        Target target = new Target(section.file(), free(base, used));
        headings.put(h, target);
        if (h.id() != null && !h.id().isBlank()) {
            anchors.putIfAbsent(h.id(), target);
        }
        return target;
    }

    /** {@code wanted}, or the first of {@code wanted-2}, {@code wanted-3} … that no element of the book has yet. */
    private static String free(String wanted, Set<String> used) {
        // Note ids are ours; an author's id in their form ("## Footnote 1") gets a prefix. A numbered suffix
        // would keep the form, and the search for a free id would never end.
        String base = wanted.startsWith("footnote-") || wanted.startsWith("noteref-") ? "section-" + wanted : wanted;
        String id = base;
        for (int n = 2; used.contains(id) || RESERVED.contains(id); n++) {
            id = base + "-" + n;
        }
        used.add(id);
        return id;
    }

    private static String titleOf(Heading h, int n) {
        String title = PlainText.of(h.numberedContent()).strip();
        return title.isEmpty() ? "Section " + n : title;
    }

    /** The element id of a heading. */
    public String idOf(Heading heading) {
        Target target = headings.get(heading);
        if (target == null) {
            throw new IllegalStateException("heading was not indexed: " + heading.id());
        }
        return target.id();
    }

    /** The element id of a labelled figure or table, or null when the author gave it no usable label. */
    public String idOf(Block figureOrTable) {
        Target target = labels.get(figureOrTable);
        return target == null ? null : target.id();
    }

    /** The target of an in-document anchor ({@code #id} in the source), or null when no heading, figure or table has it. */
    public Target anchor(String id) {
        return anchors.get(id);
    }

    /** The top-level headings of every section, in order, for the table of contents. */
    public List<TocHeading> toc() {
        return List.copyOf(toc);
    }

    /** The footnote with a number, or null. */
    public Footnote footnote(int number) {
        return footnotes.get(number);
    }

    /** Where a footnote's text is placed. */
    public Target footnoteTarget(int number) {
        return new Target(footnoteFiles.get(number), "footnote-" + number);
    }

    /** The first body reference to a footnote, for its back-link, or null when only notes cite it. */
    public Target firstReference(int number) {
        return firstRefs.get(number);
    }

    /** The footnotes whose text goes at the end of a document, in order of first reference. */
    public List<Footnote> footnotesIn(String file) {
        return List.copyOf(footnotesByFile.getOrDefault(file, List.of()));
    }

    /** The id for the next body reference to a footnote; the first one is the back-link's target. */
    public String nextReferenceId(int number) {
        int n = refsWritten.merge(number, 1, Integer::sum);
        return refId(number, n);
    }

    private static String refId(int number, int occurrence) {
        return occurrence == 1 ? "noteref-" + number : String.format(Locale.ROOT, "noteref-%d-%d", number, occurrence);
    }
}
