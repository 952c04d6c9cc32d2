package org.briefing.render.pdf.layout.flow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.BlockVisitor;
import org.briefing.model.CodeBlock;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.HtmlText;
import org.briefing.model.Inline;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Numbers;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Table;
import org.briefing.model.Text;
import org.briefing.model.ThematicBreak;
import org.briefing.render.pdf.layout.frame.AnchorItem;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.InlineFlattener;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.render.pdf.layout.inline.SetLine;
import org.briefing.render.pdf.layout.inline.Span;
import org.briefing.render.pdf.layout.inline.TextMeasurer;
import org.briefing.style.BreakBefore;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Typography;

/**
 * Lays out blocks into slabs. Nesting is walked with an explicit work stack, so input nested
 * thousands deep cannot overflow the call stack. It marks which blocks pagination keeps whole (short
 * tables, figures, list items, short quotes and code blocks) and where a page must start.
 */
final class BlockLayouter {
    /** A block quote of at most this many lines is kept on one page. */
    static final int KEEP_QUOTE_LINES = 10;
    /**
     * A list item is kept on one page whenever it fits on one (0: any length), as the issue on composition
     * asks. The bundled memo's eight-line item then moves whole to page 2, leaving page 1 90 % full rather
     * than split five lines to three; pagination still splits an item longer than a page.
     */
    static final int KEEP_ITEM_LINES = 0;
    private final StyleSheet styles;
    private final ParagraphSetter setter;
    private final TextMeasurer measurer;
    private final FlowWriter out;
    private final BlockIds ids;
    private final CodeLayouter code;
    private final TableLayouter tables;
    private final FigureLayouter figures;
    private final Deque<Runnable> work = new ArrayDeque<>();
    private final SettingQueue queue;
    private final InlineImageLoader inlineImages;
    /**
     * Whether a block was laid out yet: a heading that opens the body shares the first page with the
     * letterhead whatever its role's {@code break-before}, so the title never stands on a page alone.
     */
    private boolean started;

    BlockLayouter(StyleSheet styles, ParagraphSetter setter, TextMeasurer measurer, ImageSource images,
                  FlowWriter out, BlockIds ids) {
        this(styles, setter, measurer, images, out, ids, new SettingQueue(0));
    }

    /** A layouter whose paragraphs are set through {@code queue} (on its helpers, if it has any). */
    BlockLayouter(StyleSheet styles, ParagraphSetter setter, TextMeasurer measurer, ImageSource images,
                  FlowWriter out, BlockIds ids, SettingQueue queue) {
        this.queue = queue;
        this.styles = styles;
        this.setter = setter;
        this.measurer = measurer;
        this.out = out;
        this.ids = ids;
        this.code = new CodeLayouter(styles, measurer, out);
        this.inlineImages = new InlineImageLoader(images, ids);
        this.tables = new TableLayouter(styles, setter, out, inlineImages);
        this.figures = new FigureLayouter(styles, setter, images, out);
    }

    /** The height of the page's text area: taller table rows split, taller images shrink. */
    BlockLayouter maxSlabHeight(double height) {
        tables.maxRowHeight(height);
        figures.maxHeight(height);
        return this;
    }

    /** The document's figure and table numbers (computed once per document), for numbered captions. */
    BlockLayouter numbers(Numbers numbers) {
        tables.numbers(numbers);
        figures.numbers(numbers);
        return this;
    }

    /** Lays out blocks in a frame, the first line carrying {@code label} if not null. */
    void layout(List<Block> blocks, Column frame, Label label) {
        if (label != null) {
            out.label(label);
        }
        pushBlocks(blocks, frame);
        while (!work.isEmpty()) {
            work.pop().run();
        }
    }

    private void pushBlocks(List<Block> blocks, Column frame) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            work.push(() -> {
                block.accept(new Dispatch(frame));
                started = true;
            });
        }
    }

    /** Sets a paragraph of spans as lines in the frame. */
    void paragraph(List<Span> spans, ParagraphStyle style, Column frame, boolean keepWithNext,
                   AnchorItem anchor) {
        double left = frame.left();
        double width = frame.width();
        List<Span> loaded = inlineImages.load(spans, style.blockId());
        SettingQueue.Pending<List<SetLine>> lines = queue.submit(() -> setter.set(loaded, style, left, width));
        Typography t = styles.theme().typography();
        LineKeeping keeping = new LineKeeping(t.widows(), t.orphans());
        out.lines(frame, lines, anchor, (i, n, hyphenated) -> keepWithNext || keeping.keepsWithNext(i, n, hyphenated),
                style.blockId());
    }

    private void spaceBefore(Role role, Column frame) {
        out.space(styles.raw(role).spaceBefore(), frame);
    }

    private void spaceAfter(Role role, Column frame) {
        out.space(styles.raw(role).spaceAfter(), frame);
    }

    /** Handles one block; containers push their children onto the work stack. */
    private final class Dispatch implements BlockVisitor<Void> {
        private final Column frame;

        Dispatch(Column frame) {
            this.frame = frame;
        }

        @Override
        public Void heading(Heading h) {
            Role role = Role.heading(h.level());
            switch (started ? styles.raw(role).breakBefore() : BreakBefore.AUTO) {
                case PAGE -> out.pageStart(Slab.PageStart.PAGE);
                case RIGHT -> out.pageStart(Slab.PageStart.RIGHT);
                default -> { }
            }
            StructureRole sr = StructureRole.heading(h.level());
            int id = ids.open(sr, frame.parent());
            spaceBefore(role, frame);
            List<Inline> shown = h.numberedContent();
            AnchorItem anchor = new AnchorItem(h.id().isEmpty() ? "h-" + id : h.id(), 0, h.level(),
                    PlainText.of(shown).strip(), sr, id);
            BlockLayouter.this.paragraph(InlineFlattener.flatten(shown), styles.paragraph(role, sr, id), frame, true, anchor);
            spaceAfter(role, frame);
            return null;
        }

        @Override
        public Void paragraph(Paragraph p) {
            int id = ids.open(frame.paragraphRole(), frame.parent());
            BlockLayouter.this.paragraph(InlineFlattener.flatten(p.content()),
                    styles.paragraph(frame.textRole(), frame.paragraphRole(), id), frame, false, null);
            spaceAfter(frame.textRole(), frame);
            return null;
        }

        @Override
        public Void list(ListBlock list) {
            TextStyle listStyle = styles.raw(Role.LIST);
            Role textRole = frame.textRole() == Role.BODY ? Role.LIST : frame.textRole();
            StructureRole paraRole = frame.paragraphRole() == StructureRole.PARAGRAPH
                    ? StructureRole.LIST_BODY : frame.paragraphRole();
            double indent = Math.max(12, listStyle.indent());
            boolean anyTask = list.items().stream().anyMatch(it -> it.task() != ListItem.TaskState.NONE);
            if (anyTask) {
                indent += 8;
            }
            int listId = ids.open(StructureRole.LIST, frame.parent());
            Column inner = frame.indented(indent, textRole, paraRole);
            work.push(() -> spaceAfter(textRole, frame));
            for (int i = list.items().size() - 1; i >= 0; i--) {
                ListItem item = list.items().get(i);
                String labelText = labelText(list, i, item);
                work.push(() -> {
                    out.keep(KEEP_ITEM_LINES, null);
                    work.push(out::endKeep);
                    int itemId = ids.open(StructureRole.LIST_ITEM, listId);
                    int id = ids.open(StructureRole.LIST_LABEL, itemId);
                    ParagraphStyle ls = styles.paragraph(textRole, StructureRole.LIST_LABEL, id);
                    FontKey font = item.task() != ListItem.TaskState.NONE ? ls.font().withItalic(false) : ls.font();
                    ShapedText shaped = measurer.shape(labelText, font.withItalic(false));
                    Fragment f = new Fragment(shaped, shaped, ls.size(), ls.color(), StructureRole.LIST_LABEL, id,
                            0, null, null, false, 0);
                    out.label(new Label(f, inner.left() - 4));
                    if (!list.tight()) {
                        out.space(listStyle.spaceAfter() + 2, frame);
                    }
                    pushBlocks(item.blocks().isEmpty() ? List.of(new Paragraph(List.of(new Text(" "))))
                            : item.blocks(), inner.within(itemId));
                });
            }
            return null;
        }

        private String labelText(ListBlock list, int index, ListItem item) {
            if (item.task() == ListItem.TaskState.OPEN) {
                return "\u2610";
            }
            if (item.task() == ListItem.TaskState.DONE) {
                return "\u2611";
            }
            if (list.ordered()) {
                return (long) list.start() + index + ".";
            }
            return switch (frame.depth() % 3) {
                case 0 -> "\u2022";
                case 1 -> "\u2013";
                default -> "\u25e6";
            };
        }

        @Override
        public Void blockQuote(BlockQuote quote) {
            TextStyle qs = styles.raw(Role.QUOTE);
            Column inner = frame.quoted(Math.max(10, qs.indent()), Role.QUOTE)
                    .within(ids.open(StructureRole.BLOCK_QUOTE, frame.parent()));
            spaceBefore(Role.QUOTE, frame);
            out.keep(KEEP_QUOTE_LINES, null);
            work.push(() -> {
                out.endKeep();
                spaceAfter(Role.QUOTE, frame);
            });
            pushBlocks(quote.blocks(), inner);
            return null;
        }

        @Override
        public Void code(CodeBlock block) {
            spaceBefore(Role.CODE, frame);
            int lines = styles.theme().typography().keepCodeLines();
            // The block's top and bottom padding are slabs too.
            out.keep(lines == 0 ? 0 : lines + 2, null);
            code.layout(block, frame, ids.open(StructureRole.CODE, frame.parent()));
            out.endKeep();
            spaceAfter(Role.CODE, frame);
            return null;
        }

        @Override
        public Void thematicBreak(ThematicBreak rule) {
            int id = ids.next();
            out.space(10, frame);
            double w = frame.width() * 0.3;
            out.emit(frame, 1.5, List.of(new RuleItem(frame.left() + (frame.width() - w) / 2, 0.5, w, 0.6,
                    styles.rule(), false, StructureRole.RULE, id)), 1, false, List.of(), 0, id);
            out.space(10, frame);
            return null;
        }

        @Override
        public Void table(Table table) {
            spaceBefore(Role.TABLE, frame);
            int rows = styles.theme().typography().keepTableRows();
            boolean kept = rows == 0 || table.body().size() <= rows;
            if (kept) {
                out.keep(0, null);
            }
            tables.layout(table, frame, ids);
            if (kept) {
                out.endKeep();
            }
            spaceAfter(Role.TABLE, frame);
            return null;
        }

        @Override
        public Void figure(Figure figure) {
            spaceBefore(Role.CAPTION, frame);
            out.keep(0, styles.theme().figures().placement());
            figures.layout(figure, frame, ids);
            out.endKeep();
            spaceAfter(Role.CAPTION, frame);
            return null;
        }

        @Override
        public Void html(HtmlBlock html) {
            String text = HtmlText.ofBlock(html.html());
            if (text.isEmpty()) {
                return null;
            }
            int id = ids.open(frame.paragraphRole(), frame.parent());
            List<Inline> inlines = new java.util.ArrayList<>();
            for (String line : text.split("\n")) {
                if (!inlines.isEmpty()) {
                    inlines.add(new org.briefing.model.HardBreak());
                }
                inlines.add(new Text(line));
            }
            BlockLayouter.this.paragraph(InlineFlattener.flatten(inlines),
                    styles.paragraph(frame.textRole(), frame.paragraphRole(), id), frame, false, null);
            spaceAfter(frame.textRole(), frame);
            return null;
        }

        @Override
        public Void pageBreak(PageBreak pageBreak) {
            out.pageStart(Slab.PageStart.MANUAL);
            return null;
        }
    }
}
