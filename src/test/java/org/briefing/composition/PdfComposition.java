package org.briefing.composition;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.briefing.style.PageSetup;

/**
 * How a tagged PDF is composed, read from the file alone: its structure elements (PDF/UA tags) with the
 * pages their marked content lies on, the glyphs and images inside each, and how full each page is. Page
 * indexes are from 0; positions are points from the page's top-left corner, y downwards.
 */
final class PdfComposition {
    /** A rectangle on one page. */
    record Box(int page, double left, double top, double right, double bottom) {
        /** Whether this box lies inside {@code area} give or take {@code slack} points on each side. */
        boolean inside(Box area, double slack) {
            return left >= area.left - slack && right <= area.right + slack
                    && top >= area.top - slack && bottom <= area.bottom + slack;
        }
    }

    /** One painted glyph: its text (from the font's ToUnicode), pen position, advance and size. */
    record Glyph(int page, String text, double x, double baseline, double width, double size, Box box) {
    }

    /** One line of text in an element: the glyphs sharing a baseline on one page, left to right. */
    record Line(int page, double baseline, String text) {
    }

    /** A structure element: its standard type, its children, and the marked content directly inside it. */
    static final class Element {
        final String type;
        final Element parent;
        final List<Element> kids = new ArrayList<>();
        final List<Glyph> glyphs = new ArrayList<>();
        final List<Box> images = new ArrayList<>();

        Element(String type, Element parent) {
            this.type = type;
            this.parent = parent;
        }

        /** This element and every element under it, in reading order. */
        List<Element> subtree() {
            List<Element> all = new ArrayList<>();
            Deque<Element> stack = new ArrayDeque<>();
            stack.push(this);
            while (!stack.isEmpty()) {
                Element e = stack.pop();
                all.add(e);
                for (int i = e.kids.size() - 1; i >= 0; i--) {
                    stack.push(e.kids.get(i));
                }
            }
            return all;
        }

        /** Every glyph in this element and under it. */
        List<Glyph> allGlyphs() {
            return subtree().stream().flatMap(e -> e.glyphs.stream()).toList();
        }

        /** Every image in this element and under it. */
        List<Box> allImages() {
            return subtree().stream().flatMap(e -> e.images.stream()).toList();
        }

        /** The pages this element's content lies on. */
        SortedSet<Integer> pages() {
            SortedSet<Integer> pages = new TreeSet<>();
            allGlyphs().forEach(g -> pages.add(g.page()));
            allImages().forEach(b -> pages.add(b.page()));
            return pages;
        }

        /** Whether this element is inside one of type {@code ancestorType}. */
        boolean within(String ancestorType) {
            for (Element e = parent; e != null; e = e.parent) {
                if (e.type.equals(ancestorType)) {
                    return true;
                }
            }
            return false;
        }

        /** The element's text lines in order: glyphs grouped by page and baseline, spaces where gaps are. */
        List<Line> lines() {
            return PdfComposition.lines(allGlyphs());
        }

        /** The element's text, lines joined with a space. */
        String text() {
            return String.join(" ", lines().stream().map(Line::text).toList());
        }

        @Override
        public String toString() {
            String text = text();
            return type + " on pages " + pages().stream().map(p -> p + 1).toList() + " \""
                    + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
        }
    }

    private final Element root;
    private final int pageCount;
    private final List<Box> mediaBoxes;

    private PdfComposition(Element root, int pageCount, List<Box> mediaBoxes) {
        this.root = root;
        this.pageCount = pageCount;
        this.mediaBoxes = mediaBoxes;
    }

    /** Reads a tagged PDF; fails when it has no structure tree, since nothing could then be checked. */
    static PdfComposition of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
            if (tree == null) {
                throw new IllegalArgumentException("the PDF is not tagged: it has no structure tree");
            }
            List<MarkedContentReader> pages = new ArrayList<>();
            List<Box> mediaBoxes = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                pages.add(MarkedContentReader.read(page, i));
                mediaBoxes.add(new Box(i, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight()));
            }
            Element root = new Element("StructTreeRoot", null);
            addKids(tree, root, null, document, pages);
            return new PdfComposition(root, document.getNumberOfPages(), mediaBoxes);
        }
    }

    /** Files a node's kids under {@code into}: elements recursively, marked content by page and MCID. */
    private static void addKids(PDStructureNode node, Element into, PDPage inheritedPage, PDDocument document,
                                List<MarkedContentReader> pages) {
        PDPage page = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : inheritedPage;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String type = element.getStandardStructureType();
                Element child = new Element(type == null ? element.getStructureType() : type, into);
                into.kids.add(child);
                addKids(element, child, page, document, pages);
            } else if (kid instanceof Integer mcid) {
                addContent(into, page, mcid, document, pages);
            } else if (kid instanceof PDMarkedContentReference ref) {
                addContent(into, ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), document, pages);
            }
        }
    }

    private static void addContent(Element into, PDPage page, int mcid, PDDocument document,
                                   List<MarkedContentReader> pages) {
        int index = page == null ? -1 : document.getPages().indexOf(page);
        if (index < 0) {
            throw new IllegalArgumentException(into.type + " refers to marked content " + mcid + " on no page");
        }
        into.glyphs.addAll(pages.get(index).glyphs(mcid));
        into.images.addAll(pages.get(index).images(mcid));
    }

    int pageCount() {
        return pageCount;
    }

    /** Every element of a standard type, in reading order. */
    List<Element> elements(String type) {
        return root.subtree().stream().filter(e -> e.type.equals(type)).toList();
    }

    /** Every element, in reading order (the root left out). */
    List<Element> elements() {
        List<Element> all = root.subtree();
        return all.subList(1, all.size());
    }

    /** The page's text area: the page less the theme's margins. */
    Box textArea(int page, PageSetup setup) {
        Box media = mediaBoxes.get(page);
        return new Box(page, setup.marginLeft(), setup.marginTop(), media.right() - setup.marginRight(),
                media.bottom() - setup.marginBottom());
    }

    /**
     * How full a page is, as a share of the text area's height: the depth of its lowest body content
     * (glyph descent or image bottom) below the text area's top, plus the height of the footnotes at its
     * foot, which take the room body text would otherwise have had.
     */
    double fullness(int page, PageSetup setup) {
        Box area = textArea(page, setup);
        double bodyBottom = area.top();
        double notesTop = Double.MAX_VALUE;
        double notesBottom = -Double.MAX_VALUE;
        for (Element e : elements()) {
            boolean note = e.type.equals("Note") || e.within("Note");
            for (Glyph g : e.glyphs) {
                if (g.page() != page) {
                    continue;
                }
                if (note) {
                    notesTop = Math.min(notesTop, g.box().top());
                    notesBottom = Math.max(notesBottom, g.box().bottom());
                } else {
                    bodyBottom = Math.max(bodyBottom, g.box().bottom());
                }
            }
            for (Box b : e.images) {
                if (b.page() == page) {
                    bodyBottom = Math.max(bodyBottom, b.bottom());
                }
            }
        }
        double notes = notesBottom > notesTop ? notesBottom - notesTop : 0;
        return Math.min(1, (bodyBottom - area.top() + notes) / (area.bottom() - area.top()));
    }

    /** Glyphs grouped into lines: by page, then by baseline (within a fifth of the size), left to right. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::baseline));
        List<List<Glyph>> groups = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.get(0).page() == g.page()
                    && Math.abs(last.get(0).baseline() - g.baseline()) <= g.size() / 5) {
                last.add(g);
            } else {
                List<Glyph> group = new ArrayList<>();
                group.add(g);
                groups.add(group);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder text = new StringBuilder();
            double end = Double.NaN;
            for (Glyph g : group) {
                // A gap wider than a sixth of the size is a word space the painter left out as a glyph.
                if (!Double.isNaN(end) && g.x() - end > g.size() / 6 && !text.toString().endsWith(" ")) {
                    text.append(' ');
                }
                text.append(g.text());
                end = g.x() + g.width();
            }
            lines.add(new Line(group.get(0).page(), group.get(0).baseline(), text.toString().strip()));
        }
        return lines;
    }
}
