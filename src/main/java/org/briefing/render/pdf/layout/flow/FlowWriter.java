package org.briefing.render.pdf.layout.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.briefing.render.pdf.layout.frame.AnchorItem;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.LinkItem;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.SetLine;
import org.briefing.style.Figures;

/**
 * Collects slabs in flow order: merges vertical space between blocks (the larger wins), hangs a
 * pending list label on the next line, and adds frame decorations to every slab.
 *
 * <p>Calls are recorded and played back in order when the slabs are asked for, so a paragraph whose lines
 * are still being set on another thread ({@link #lines}) takes its place in the flow all the same.
 */
final class FlowWriter {
    private final List<Consumer<Stack>> steps = new ArrayList<>();
    private final Stack stack = new Stack();
    private int played;

    /** Asks for at least {@code height} of space before the next slab. */
    void space(double height, Column frame) {
        steps.add(s -> s.space(height, frame));
    }

    /** Sets the label the next slab carries on its first baseline. */
    void label(Label label) {
        steps.add(s -> s.label(label));
    }

    /** Adds a slab of content. {@code baseline} is where a pending label sits, relative to the slab. */
    void emit(Column frame, double height, List<PageItem> items, double baseline, boolean keepWithNext,
              List<Integer> footnotes, int tableId, int blockId) {
        // Copied now: a caller may reuse its list once this returns.
        List<PageItem> copy = List.copyOf(items);
        List<Integer> notes = List.copyOf(footnotes);
        steps.add(s -> s.emit(frame, height, copy, baseline, keepWithNext, notes, tableId, blockId));
    }

    /** Adds a ready-made slab (table rows carry their own decorations). */
    void emitSlab(Column frame, Slab slab) {
        steps.add(s -> s.emitSlab(frame, slab));
    }

    /**
     * Adds a paragraph's lines, each a slab, once they are set: the first carries {@code anchor} (if not
     * null), and each keeps with the next when {@code keep} says so for its index.
     */
    void lines(Column frame, SettingQueue.Pending<List<SetLine>> pending, AnchorItem anchor, LineKeep keep,
               int blockId) {
        steps.add(s -> {
            List<SetLine> lines = pending.get();
            for (int i = 0; i < lines.size(); i++) {
                SetLine line = lines.get(i);
                List<PageItem> items = line.items();
                if (i == 0 && anchor != null) {
                    items = new ArrayList<>(items);
                    items.add(anchor);
                }
                s.emit(frame, line.height(), items, line.baseline(), keep.keepsWithNext(i, lines.size(),
                        line.hyphenated()), line.footnotes(), 0, blockId);
            }
        });
    }

    /**
     * Opens a block kept whole on one page when it fits there: everything emitted until the matching
     * {@link #endKeep}, if it comes to at most {@code maxContentSlabs} slabs of content (0: any number).
     * {@code figure} says how a figure block is placed when it does not fit (null: not a figure).
     */
    void keep(int maxContentSlabs, Figures.Placement figure) {
        steps.add(s -> s.keep(maxContentSlabs, figure));
    }

    /** Closes the latest block opened by {@link #keep}. */
    void endKeep() {
        steps.add(Stack::endKeep);
    }

    /** Makes the next slab start a new page. */
    void pageStart(Slab.PageStart kind) {
        steps.add(s -> s.slabs.add(Slab.pageStart(kind)));
    }

    /** The slabs so far. */
    List<Slab> slabs() {
        while (played < steps.size()) {
            steps.get(played).accept(stack);
            // Played steps are dropped, so set lines are held once (as slabs), not twice.
            steps.set(played++, null);
        }
        return List.copyOf(stack.slabs);
    }

    /** Whether a page break must not follow line {@code i} of an {@code n}-line paragraph. */
    interface LineKeep {
        boolean keepsWithNext(int i, int n, boolean hyphenated);
    }

    /** A kept block being written: where its slabs start, how many it may have, whether it is a figure. */
    private record OpenKeep(int from, int maxContentSlabs, Figures.Placement figure) {
    }

    /** The slabs and what is waiting for the next one. */
    private static final class Stack {
        private final List<Slab> slabs = new ArrayList<>();
        private double pendingSpace;
        private Column spaceFrame;
        /** Labels waiting for a line; an item whose first block is a list hangs both labels on one line. */
        private final List<Label> pendingLabels = new ArrayList<>();
        /** Kept blocks still open, innermost first. */
        private final Deque<OpenKeep> keeps = new ArrayDeque<>();

        void keep(int maxContentSlabs, Figures.Placement figure) {
            keeps.push(new OpenKeep(slabs.size(), maxContentSlabs, figure));
        }

        void endKeep() {
            OpenKeep open = keeps.pop();
            // Spaces flushed after the block opened belong before it: the block starts at its first content.
            int first = open.from();
            while (first < slabs.size() && (slabs.get(first).space() || slabs.get(first).starts().pageStart() != null)) {
                first++;
            }
            int content = 0;
            for (int i = first; i < slabs.size(); i++) {
                content += slabs.get(i).space() ? 0 : 1;
            }
            if (content > 0 && (open.maxContentSlabs() == 0 || content <= open.maxContentSlabs())) {
                slabs.set(first, slabs.get(first).keeping(slabs.size() - first, open.figure()));
            }
        }

        void space(double height, Column frame) {
            if (height >= pendingSpace) {
                pendingSpace = height;
                spaceFrame = frame;
            }
        }

        void label(Label label) {
            // Past the indentation cap, nested labels would pile up on one spot; the outer ones stand for them.
            if (pendingLabels.size() < Column.MAX_INDENT_DEPTH) {
                pendingLabels.add(label);
            }
        }

        void emit(Column frame, double height, List<PageItem> items, double baseline, boolean keepWithNext,
                  List<Integer> footnotes, int tableId, int blockId) {
            flushSpace(frame);
            List<PageItem> all = new ArrayList<>(frame.decorations(height, blockId));
            // The label goes before the line's text, so text extraction reads "1. Item" rather than "Item1.".
            for (Label label : pendingLabels) {
                Fragment f = label.fragment();
                double x = label.right() - f.width();
                all.add(new TextItem(x, baseline, f, 0));
                if (f.link() != null) {
                    all.add(new LinkItem(x, baseline - f.size() * 0.85, f.width(), f.size() * 1.1, f.link(),
                            f.blockId()));
                }
                if (f.anchor() != null) {
                    all.add(new AnchorItem(f.anchor(), baseline - f.size() * 1.2, 0, "", f.role(), f.blockId()));
                }
            }
            pendingLabels.clear();
            all.addAll(items);
            slabs.add(new Slab(height, all, false, keepWithNext, footnotes, tableId, false));
        }

        void emitSlab(Column frame, Slab slab) {
            flushSpace(frame);
            slabs.add(slab);
        }

        private void flushSpace(Column frame) {
            if (pendingSpace > 0 && !slabs.isEmpty()) {
                Column f = spaceFrame != null && spaceFrame.depth() <= frame.depth() ? spaceFrame : frame;
                slabs.add(Slab.space(pendingSpace, f.decorations(pendingSpace, 0)));
            }
            pendingSpace = 0;
            spaceFrame = null;
        }
    }
}
