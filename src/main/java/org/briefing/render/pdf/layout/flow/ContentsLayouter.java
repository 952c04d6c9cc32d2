package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.Contents;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.AnchorItem;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.LinkItem;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.InlineFlattener;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.render.pdf.layout.inline.SetLine;
import org.briefing.render.pdf.layout.inline.TextMeasurer;
import org.briefing.style.Align;
import org.briefing.style.Role;

/**
 * The printed table of contents: a heading, then one entry per listed heading (number, text, dot leader,
 * page number), each a link to its heading, tagged TOC / TOCI.
 *
 * <p>Page numbers are known only once the body is paginated, so entries are set with a placeholder in a
 * page-number column of fixed width: the contents then takes the same lines whatever its numbers, the
 * pages after it do not move, and {@link #resolve} writes the real numbers into the paginated items
 * without a second layout.
 */
final class ContentsLayouter {
    /** The widest page number the column is made for (digits share one width in the bundled faces). */
    private static final String WIDEST_NUMBER = "0000";
    /** Indentation per level below the first listed one, in points. */
    private static final double INDENT = 14;
    private static final String LEADER = ". ";

    private final StyleSheet styles;
    private final ParagraphSetter setter;
    private final TextMeasurer measurer;
    private final FlowWriter out;
    private final BlockIds ids;
    private final BlockLayouter blocks;
    /** The body's regular face, which leaders and page numbers are set in. */
    private final FontKey numberFont;

    ContentsLayouter(StyleSheet styles, ParagraphSetter setter, TextMeasurer measurer, FlowWriter out, BlockIds ids,
                     BlockLayouter blocks) {
        this.styles = styles;
        this.setter = setter;
        this.measurer = measurer;
        this.out = out;
        this.ids = ids;
        this.blocks = blocks;
        this.numberFont = styles.paragraph(Role.BODY, StructureRole.TOC_PAGE, 0).font().withBold(false)
                .withItalic(false);
    }

    /**
     * Lays out the contents in {@code frame}; with {@code ownPages} it starts on a new page and the body
     * after it starts on another.
     */
    void layout(Contents contents, Column frame, boolean ownPages) {
        if (contents.entries().isEmpty()) {
            return;
        }
        if (ownPages) {
            out.pageStart(Slab.PageStart.PAGE);
        }
        int titleId = ids.open(StructureRole.H1, frame.parent());
        out.space(styles.raw(Role.H1).spaceBefore(), frame);
        // A plain destination, not an outline entry: the bookmarks list the document's own headings.
        blocks.paragraph(InlineFlattener.flatten(List.of(new Text(contents.title()))),
                styles.paragraph(Role.H1, StructureRole.H1, titleId), frame, true,
                new AnchorItem("contents", 0, 0, "", StructureRole.H1, titleId));
        out.space(styles.raw(Role.H1).spaceAfter(), frame);
        int tocId = ids.open(StructureRole.TOC, frame.parent());
        int top = contents.entries().stream().mapToInt(Contents.Entry::level).min().orElse(1);
        for (Contents.Entry entry : contents.entries()) {
            entry(entry, entry.level() - top, frame, ids.open(StructureRole.TOC_ENTRY, tocId));
        }
        if (ownPages) {
            out.pageStart(Slab.PageStart.PAGE);
        } else {
            out.space(styles.raw(Role.H1).spaceBefore(), frame);
        }
    }

    private void entry(Contents.Entry entry, int depth, Column frame, int id) {
        ParagraphStyle style = styles.paragraph(Role.BODY, StructureRole.TOC_ENTRY, id).withAlign(Align.LEFT);
        if (depth == 0) {
            style = style.withFont(style.font().withBold(true));
        }
        double size = style.size();
        double numberColumn = width(WIDEST_NUMBER, numberFont, size) + size;
        double left = frame.left() + INDENT * depth;
        double right = frame.left() + frame.width();
        List<Inline> text = new ArrayList<>();
        if (!entry.number().isEmpty()) {
            text.add(new Text(entry.number() + "\u2002"));
        }
        text.addAll(entry.text());
        String target = "#" + entry.id();
        List<SetLine> lines = setter.set(InlineFlattener.flatten(List.of(new Link(target, "", text))), style, left,
                right - numberColumn - left);
        for (int i = 0; i < lines.size(); i++) {
            SetLine line = lines.get(i);
            List<PageItem> items = new ArrayList<>(line.items());
            if (i == lines.size() - 1) {
                double textRight = items.stream()
                        .mapToDouble(it -> it instanceof TextItem t ? t.right() : left).max().orElse(left);
                leader(items, textRight, right - numberColumn + size / 2, line.baseline(), style, id);
                Fragment number = new Fragment(measurer.shape(WIDEST_NUMBER, numberFont),
                        measurer.shape(" ", numberFont), size, style.color(), StructureRole.TOC_PAGE, id, 0, target,
                        null, false, 0);
                double x = right - number.width();
                items.add(new TextItem(x, line.baseline(), number, 0));
                items.add(new LinkItem(x, line.baseline() - size * 0.85, number.width(), size * 1.1, target, id));
            }
            // An entry's lines stay together; an entry may end a page.
            out.emit(frame, line.height(), items, line.baseline(), i < lines.size() - 1, List.of(), 0, id);
        }
    }

    /** Dots ending at the number column, on a grid from its edge, so every entry's dots line up. */
    private void leader(List<PageItem> items, double from, double to, double baseline, ParagraphStyle style,
                        int id) {
        double unit = width(LEADER, numberFont, style.size());
        int count = (int) Math.floor((to - from - style.size() / 2) / unit);
        if (count < 2) {
            return;
        }
        Fragment dots = new Fragment(measurer.shape(LEADER.repeat(count).strip(), numberFont),
                measurer.shape(" ", numberFont), style.size(), styles.muted(), StructureRole.TOC_LEADER, id, 0,
                null, null, false, 0);
        items.add(new TextItem(to - count * unit, baseline, dots, 0));
    }

    private double width(String text, FontKey font, double size) {
        return measurer.shape(text, font).width(size);
    }

    /**
     * The paginated pages with each entry's placeholder replaced by the page number its heading landed on
     * (the number the footer prints), right-aligned where the placeholder ended.
     */
    List<List<PageItem>> resolve(List<List<PageItem>> pages) {
        Map<String, Integer> pageOf = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (PageItem item : pages.get(i)) {
                if (item instanceof AnchorItem a) {
                    pageOf.putIfAbsent("#" + a.name(), i + 1);
                }
            }
        }
        List<List<PageItem>> resolved = new ArrayList<>(pages.size());
        for (List<PageItem> page : pages) {
            List<PageItem> items = new ArrayList<>(page.size());
            for (PageItem item : page) {
                items.add(item instanceof TextItem t && t.role() == StructureRole.TOC_PAGE
                        ? numbered(t, pageOf.get(t.fragment().link())) : item);
            }
            resolved.add(items);
        }
        return resolved;
    }

    private TextItem numbered(TextItem placeholder, Integer page) {
        Fragment f = placeholder.fragment();
        Fragment number = new Fragment(measurer.shape(page == null ? "?" : page.toString(), numberFont), f.space(),
                f.size(), f.color(), f.role(), f.blockId(), 0, f.link(), null, false, 0);
        return new TextItem(placeholder.right() - number.width(), placeholder.baseline(), number, 0);
    }
}
