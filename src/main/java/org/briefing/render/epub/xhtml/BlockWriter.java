package org.briefing.render.epub.xhtml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.BlockVisitor;
import org.briefing.model.CodeBlock;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.Image;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Numbers;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.ThematicBreak;
import org.briefing.style.Role;

/**
 * Writes blocks as XHTML flow content, with an explicit stack (no recursion). Containers nested
 * deeper than {@link #MAX_DEPTH} are flattened: their content is written, their element is not.
 */
public final class BlockWriter {
    /** Deeper quotes and lists add nothing a reader can see and risk reading systems' limits. */
    static final int MAX_DEPTH = 16;
    /** The class of a block short enough to keep on one page, as the PDF keeps it (the theme's keep limits). */
    static final String KEEP = "keep";

    private record Work(Block block, Role role, int depth, boolean tight) {
    }

    private record Item(ListItem item, Role role, int depth, boolean tight) {
    }

    private static final Object END = new Object();

    private final PageContext context;
    private final XhtmlWriter out;
    private final InlineWriter inlines;
    private final Captions captions;

    /** A writer of blocks into {@code out}. */
    public BlockWriter(PageContext context, XhtmlWriter out) {
        this.context = context;
        this.out = out;
        this.inlines = new InlineWriter(context, out);
        this.captions = new Captions(context, out, inlines);
    }

    /** Writes blocks in a role (body text, or footnote text). */
    public void write(List<Block> blocks, Role role) {
        Deque<Object> stack = new ArrayDeque<>();
        pushBlocks(stack, blocks, role, 0, false);
        while (!stack.isEmpty()) {
            Object next = stack.pop();
            if (next == END) {
                out.end().newline();
            } else if (next instanceof Item item) {
                listItem(stack, item);
            } else {
                block(stack, (Work) next);
            }
        }
    }

    private void block(Deque<Object> stack, Work work) {
        work.block().accept(new Step(stack, work));
    }

    /** Writes one block; a container's content goes on the stack, to be written after its start tag. */
    private final class Step implements BlockVisitor<Void> {
        private final Deque<Object> stack;
        private final Work work;
        private final boolean open;

        Step(Deque<Object> stack, Work work) {
            this.stack = stack;
            this.work = work;
            this.open = work.depth() < MAX_DEPTH;
        }

        @Override
        public Void heading(Heading h) {
            out.start("h" + h.level(), "id", context.links().idOf(h));
            if (!h.number().isEmpty()) {
                out.start("span", "class", "section-number").text(h.number()).end().text(" ");
            }
            inlines.write(h.content(), Role.heading(h.level()));
            out.end().newline();
            return null;
        }

        @Override
        public Void paragraph(Paragraph p) {
            if (work.tight()) {
                inlines.write(p.content(), work.role());
            } else {
                out.start("p");
                inlines.write(p.content(), work.role());
                out.end().newline();
            }
            return null;
        }

        @Override
        public Void blockQuote(BlockQuote q) {
            if (open) {
                out.start("blockquote");
                stack.push(END);
            }
            pushBlocks(stack, q.blocks(), Role.QUOTE, work.depth() + 1, false);
            return null;
        }

        @Override
        public Void list(ListBlock list) {
            if (open) {
                if (list.ordered()) {
                    out.start("ol", "start", list.start() == 1 ? null : Integer.toString(list.start()));
                } else {
                    out.start("ul");
                }
                out.newline();
                stack.push(END);
            }
            Role role = work.role() == Role.BODY ? Role.LIST : work.role();
            for (int i = list.items().size() - 1; i >= 0; i--) {
                stack.push(new Item(list.items().get(i), role, work.depth() + 1, list.tight() && open));
            }
            return null;
        }

        @Override
        public Void code(CodeBlock code) {
            context.shownAsCode(false, false, code.code());
            List<String> classes = new ArrayList<>(2);
            if (!code.language().isEmpty()) {
                classes.add("language-" + code.language());
            }
            if (code.code().lines().count() <= context.theme().typography().keepCodeLines()) {
                classes.add(KEEP);
            }
            out.start("pre", "class", classes.isEmpty() ? null : String.join(" ", classes))
                    .start("code").text(code.code()).end().end().newline();
            return null;
        }

        @Override
        public Void thematicBreak(ThematicBreak rule) {
            out.empty("hr").newline();
            return null;
        }

        @Override
        public Void pageBreak(PageBreak pageBreak) {
            // Empty and without a role: the break is layout, so a reader without the stylesheet (or a screen
            // reader) meets nothing at all, where a rule would announce a thematic break.
            out.start("div", "class", "page-break").end().newline();
            return null;
        }

        @Override
        public Void table(Table table) {
            new TableWriter(context, out, inlines, captions).write(table);
            return null;
        }

        @Override
        public Void figure(Figure figure) {
            BlockWriter.this.figure(figure);
            return null;
        }

        @Override
        public Void html(HtmlBlock html) {
            HtmlSanitizer.Clean clean = context.sanitizer().block(html.html());
            context.shown(work.role(), false, false, clean.text());
            if (!clean.xhtml().isBlank()) {
                out.start("div", "class", "raw-html").trusted(clean.xhtml()).end().newline();
            }
            return null;
        }
    }

    private void listItem(Deque<Object> stack, Item item) {
        boolean open = item.depth() <= MAX_DEPTH;
        if (open) {
            out.start("li", "class", item.item().task() == ListItem.TaskState.NONE ? null : "task");
            stack.push(END);
        }
        switch (item.item().task()) {
            case DONE -> task("\u2611", "done");
            case OPEN -> task("\u2610", "to do");
            default -> { }
        }
        pushBlocks(stack, item.item().blocks(), item.role(), item.depth(), item.tight());
    }

    private void task(String box, String label) {
        context.shown(Role.LIST, false, false, box);
        out.start("span", "class", "task-box", "role", "img", "aria-label", label).text(box).end().text(" ");
    }

    /**
     * A figure: the image at the author's size (the stylesheet caps it at the measure and the theme's
     * maximum height), then its caption. The alt text is the image's alternative only; it is shown in its
     * place only when the image cannot be (a remote image, never fetched).
     */
    private void figure(Figure figure) {
        Image image = figure.image();
        String href = context.images().hrefFor(image);
        out.start("figure", "id", context.links().idOf(figure));
        if (href != null) {
            out.empty("img", "src", href, "alt", image.alt(), "style", SizeStyle.of(image));
        } else {
            String label = image.alt().isBlank() ? "[image]" : "[" + image.alt() + "]";
            context.shown(Role.CAPTION, false, false, label);
            out.start("p", "class", "missing-image");
            String remote = image.isRemote() && !image.src().startsWith("//") ? WebAddress.forHref(image.src()) : null;
            if (remote != null) {
                out.start("a", "href", remote).text(label).end();
            } else {
                out.text(label);
            }
            out.end();
        }
        int number = context.theme().figures().numbered() ? context.numbers().of(figure) : 0;
        captions.write("figcaption", number > 0 ? Numbers.figureLabel(number, true) : "", figure.caption());
        out.end().newline();
    }

    private static void pushBlocks(Deque<Object> stack, List<Block> blocks, Role role, int depth, boolean tight) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            stack.push(new Work(blocks.get(i), role, depth, tight));
        }
    }
}
