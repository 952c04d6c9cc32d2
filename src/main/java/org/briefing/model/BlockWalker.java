package org.briefing.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A visitor that walks blocks in reading order, descending into block quotes and list items unless a
 * subclass overrides their methods; other blocks are ignored unless overridden. The walk keeps its own stack
 * rather than recursing, since block nesting in hostile input is deep. The block-level twin of
 * {@link InlineWalker}; a subclass that needs the text inside blocks walks it with one of those.
 */
public abstract class BlockWalker implements BlockVisitor<Void> {
    /** Blocks still to visit, next on top. */
    private final Deque<Block> pending = new ArrayDeque<>();

    /** Visits {@code blocks} and every block inside them, in reading order. */
    public final void walk(List<Block> blocks) {
        pending.clear();
        descend(blocks);
        while (!pending.isEmpty()) {
            pending.pop().accept(this);
        }
    }

    /** Visits {@code blocks} next, before anything that follows the block being visited. */
    protected final void descend(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            pending.push(blocks.get(i));
        }
    }

    @Override
    public Void blockQuote(BlockQuote quote) {
        descend(quote.blocks());
        return null;
    }

    @Override
    public Void list(ListBlock list) {
        for (int i = list.items().size() - 1; i >= 0; i--) {
            descend(list.items().get(i).blocks());
        }
        return null;
    }

    @Override
    public Void heading(Heading heading) {
        return null;
    }

    @Override
    public Void paragraph(Paragraph paragraph) {
        return null;
    }

    @Override
    public Void code(CodeBlock code) {
        return null;
    }

    @Override
    public Void thematicBreak(ThematicBreak rule) {
        return null;
    }

    @Override
    public Void table(Table table) {
        return null;
    }

    @Override
    public Void figure(Figure figure) {
        return null;
    }

    @Override
    public Void html(HtmlBlock html) {
        return null;
    }

    @Override
    public Void pageBreak(PageBreak pageBreak) {
        return null;
    }
}
