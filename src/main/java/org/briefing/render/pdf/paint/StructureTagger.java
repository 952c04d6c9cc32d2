package org.briefing.render.pdf.paint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.LinkItem;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureNode;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;

/**
 * Tags content while it is painted: wraps each run of items that belong to one structure element in a
 * marked-content sequence with an MCID (or marks it as an artifact), and records which element every MCID
 * and link annotation belongs to. A block split across pages stays one element, because items carry their
 * block's id. When tagging is off every call does nothing, so the painter can call it unconditionally.
 */
final class StructureTagger {
    private final boolean on;
    private final TagElement root = new TagElement("Document", null);
    private final Map<Integer, TagElement> elements;
    /** Per page, the element of each MCID (the index). */
    private final List<List<TagElement>> pageMarks = new ArrayList<>();
    /** Per block, the link element its linked text is currently filling. */
    private final Map<Integer, TagElement> openLinks = new HashMap<>();
    /** Per block, the Span its text in another language is currently filling. */
    private final Map<Integer, TagElement> openLanguages = new HashMap<>();
    private final Map<LinkItem, TagElement> linkOfItem = new IdentityHashMap<>();
    private final Map<Integer, Integer> firstPageOfHeaderCell = new HashMap<>();
    /** Note element by its label's anchor name ({@code fn-3}), and the references pointing at notes. */
    private final Map<String, TagElement> notesByAnchor = new HashMap<>();
    private final Map<Integer, Integer> noteOfLabel = new HashMap<>();
    private final List<TagElement> references = new ArrayList<>();
    private final List<PDAnnotationLink> annotations = new ArrayList<>();
    private final List<TagElement> annotationOwners = new ArrayList<>();
    private final Map<TextItem, String> lineEnds;
    private Object open;
    private boolean lineEndOpen;

    StructureTagger(boolean on, List<StructureNode> structure, List<Page> pages) {
        this.on = on;
        this.elements = on ? StructureTreeBuilder.build(structure, root) : Map.of();
        this.lineEnds = on ? LineEnds.find(pages) : Map.of();
        for (StructureNode n : structure) {
            if (n.role() == StructureRole.FOOTNOTE_LABEL) {
                noteOfLabel.put(n.id(), n.parent());
            }
        }
    }

    /** Starts a page's content stream. */
    void startPage() {
        if (on) {
            pageMarks.add(new ArrayList<>());
            open = null;
        }
    }

    /** Opens the marked content {@code item} is painted in, unless the open sequence already fits it. */
    void mark(ContentBuilder cs, PageItem item) {
        if (!on) {
            return;
        }
        closeLineEnd(cs);
        if (item instanceof LinkItem link) {
            // Annotations are added after painting; remember which link element this one's text filled.
            TagElement e = openLinks.get(link.blockId());
            if (e != null) {
                linkOfItem.put(link, e);
            }
            return;
        }
        if (!(item instanceof TextItem || item instanceof RuleItem || item instanceof ImageItem)) {
            return;
        }
        Object target = target(item);
        String actual = item instanceof TextItem t ? lineEnds.getOrDefault(t, t.actualText()) : null;
        if ("".equals(actual) && ((TextItem) item).spaceWidth() > 0) {
            // The rest of a hyphenated word reads as nothing (its hyphen read as it), but its space stays.
            actual = " ";
        }
        if (actual != null && target instanceof TagElement) {
            // A sequence of its own (poppler loses the rest of a sequence after a nested one), closed after
            // the word so the line's next item opens a fresh one. Artifacts read as nothing anyway.
            open(cs, target, " /ActualText " + PdfText.hex(actual));
            lineEndOpen = true;
        } else if (!target.equals(open)) {
            open(cs, target, "");
        }
    }

    private void open(ContentBuilder cs, Object target, String properties) {
        endPage(cs);
        if (target instanceof TagElement e) {
            List<TagElement> marks = pageMarks.get(pageMarks.size() - 1);
            e.kids.add(new TagElement.MarkedRef(pageMarks.size() - 1, marks.size()));
            cs.name(e.type).op("<</MCID " + marks.size() + properties + ">> BDC");
            marks.add(e);
        } else {
            cs.name("Artifact").op(target + " BDC");
        }
        open = target;
    }

    /**
     * The item as the text painter should draw it: when tagging, its actual text is already a property of
     * the marked content it sits in (a nested span would hide the rest of the sequence from poppler).
     */
    static TextItem forPainting(boolean on, TextItem item) {
        return on && item.actualText() != null
                ? new TextItem(item.x(), item.baseline(), item.fragment(), item.spaceWidth(), null) : item;
    }

    /** Closes the open marked-content sequence (at the end of a page's content). */
    void endPage(ContentBuilder cs) {
        closeLineEnd(cs);
        if (on && open != null) {
            cs.op("EMC");
            open = null;
        }
    }

    private void closeLineEnd(ContentBuilder cs) {
        if (lineEndOpen) {
            cs.op("EMC");
            lineEndOpen = false;
            open = null;
        }
    }

    /** The element an item belongs to, or its artifact properties (a string). */
    private Object target(PageItem item) {
        StructureRole role = item.role();
        int page = pageMarks.size() - 1;
        if (role == StructureRole.TABLE_HEADER_CELL
                && firstPageOfHeaderCell.computeIfAbsent(item.blockId(), id -> page) != page) {
            return StructureTypes.artifactProperties(role);
        }
        TagElement block = elements.get(item.blockId());
        if (item instanceof RuleItem || role.isArtifact() || StructureTypes.of(role) == null || block == null
                && (item.blockId() == 0 || item instanceof ImageItem)) {
            return StructureTypes.artifactProperties(role);
        }
        if (block == null) {
            // Content layout gave no element (should not happen): keep it readable as a paragraph.
            block = root.child("P");
            elements.put(item.blockId(), block);
        }
        if (!(item instanceof TextItem t)) {
            openLinks.remove(item.blockId());
            openLanguages.remove(item.blockId());
            return block;
        }
        if (role == StructureRole.FOOTNOTE_LABEL && t.fragment().anchor() != null) {
            TagElement note = elements.get(noteOfLabel.getOrDefault(item.blockId(), -1));
            if (note != null) {
                notesByAnchor.putIfAbsent(t.fragment().anchor(), note);
            }
        }
        TagElement holder = languageSpan(item.blockId(), block, t.fragment().lang());
        String link = t.fragment().link();
        if (link == null) {
            // Only a link's text is kept (for its annotation's description); a block's would be the whole text.
            openLinks.remove(item.blockId());
            return holder;
        }
        TagElement current = openLinks.get(item.blockId());
        if (current == null || !link.equals(current.target) || role == StructureRole.FOOTNOTE_REF
                || current.parent != holder) {
            if (role == StructureRole.FOOTNOTE_REF) {
                holder = holder.child("Reference");
                references.add(holder);
            }
            current = holder.child("Link");
            current.target = link;
            openLinks.put(item.blockId(), current);
        }
        current.text.append(t.fragment().text().text());
        if (t.spaceWidth() > 0) {
            current.text.append(' ');
        }
        return current;
    }

    /**
     * The element text in {@code lang} goes into: a Span with /Lang inside the block (one per run of such
     * text), or the block itself for text in the document's language.
     */
    private TagElement languageSpan(int blockId, TagElement block, String lang) {
        if (lang.isEmpty()) {
            openLanguages.remove(blockId);
            return block;
        }
        TagElement span = openLanguages.get(blockId);
        if (span == null || !span.lang.equals(lang)) {
            span = block.child("Span");
            span.lang = lang;
            openLanguages.put(blockId, span);
        }
        return span;
    }

    /** Ties a link annotation painted for {@code item} to its Link element (PDF/UA needs both ways). */
    void annotation(PDAnnotationLink annotation, LinkItem item) {
        if (!on || annotation == null) {
            return;
        }
        TagElement owner = linkOfItem.get(item);
        if (owner == null) {
            owner = root.child("Link");
            owner.target = item.target();
        }
        annotation.setPrinted(true);
        annotation.setContents(LinkDescription.of(owner.target, owner.text.toString()));
        owner.kids.add(new TagElement.AnnotationRef(annotations.size()));
        annotations.add(annotation);
        annotationOwners.add(owner);
    }

    /** The finished tree: notes moved next to their first reference. Call once, after all painting. */
    TaggedContent finish() {
        NoteMoves moves = new NoteMoves();
        for (TagElement ref : references) {
            TagElement link = ref.lastElement();
            String target = link == null ? "" : link.target;
            TagElement note = target.startsWith("#") ? notesByAnchor.remove(target.substring(1)) : null;
            if (note != null) {
                moves.add(note, ref);
            }
        }
        moves.apply();
        return new TaggedContent(root, pageMarks, annotations, annotationOwners);
    }

    /** True when painting tags content. */
    boolean on() {
        return on;
    }
}
