package org.briefing.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A visitor that walks inline trees in reading order, descending into the content of emphasis, strong,
 * strikethrough and links unless a subclass overrides their methods; leaves are ignored unless overridden.
 * The walk keeps its own stack rather than recursing, since inline nesting in hostile input is unbounded:
 * an overriding method calls {@link #descend} to visit content, with an action to run once it is done.
 * One instance walks one tree at a time.
 */
public abstract class InlineWalker implements InlineVisitor<Void> {
    /** Inlines still to visit and actions to run after content, next on top. */
    private final Deque<Object> pending = new ArrayDeque<>();

    /** Visits {@code inlines} and everything inside them, in reading order. */
    public final void walk(List<Inline> inlines) {
        pending.clear();
        descend(inlines);
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof Runnable after) {
                after.run();
            } else {
                visit((Inline) next);
            }
        }
    }

    /** Visits one inline of the walk; a subclass may send it to another visitor (e.g. one that skips it). */
    protected void visit(Inline inline) {
        inline.accept(this);
    }

    /** Visits {@code content} next, before anything that follows the inline being visited. */
    protected final void descend(List<Inline> content) {
        for (int i = content.size() - 1; i >= 0; i--) {
            pending.push(content.get(i));
        }
    }

    /** Visits {@code content} next, then runs {@code after} (to close what the visit opened). */
    protected final void descend(List<Inline> content, Runnable after) {
        pending.push(after);
        descend(content);
    }

    @Override
    public Void emphasis(Emphasis emphasis) {
        descend(emphasis.content());
        return null;
    }

    @Override
    public Void strong(Strong strong) {
        descend(strong.content());
        return null;
    }

    @Override
    public Void strikethrough(Strikethrough strikethrough) {
        descend(strikethrough.content());
        return null;
    }

    @Override
    public Void link(Link link) {
        descend(link.content());
        return null;
    }

    @Override
    public Void text(Text text) {
        return null;
    }

    @Override
    public Void code(Code code) {
        return null;
    }

    @Override
    public Void image(Image image) {
        return null;
    }

    @Override
    public Void footnoteRef(FootnoteRef ref) {
        return null;
    }

    @Override
    public Void softBreak(SoftBreak softBreak) {
        return null;
    }

    @Override
    public Void hardBreak(HardBreak hardBreak) {
        return null;
    }

    @Override
    public Void rawHtml(RawHtml html) {
        return null;
    }
}
