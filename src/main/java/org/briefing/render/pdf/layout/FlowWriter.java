package org.briefing.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects slabs in flow order: merges vertical space between blocks (the larger wins), hangs a
 * pending list label on the next line, and adds frame decorations to every slab.
 */
public final class FlowWriter {
    private final List<Slab> slabs = new ArrayList<>();
    private double pendingSpace;
    private Frame spaceFrame;
    /** Labels waiting for a line; an item whose first block is a list hangs both labels on one line. */
    private final List<Label> pendingLabels = new ArrayList<>();

    /** Asks for at least {@code height} of space before the next slab. */
    public void space(double height, Frame frame) {
        if (height >= pendingSpace) {
            pendingSpace = height;
            spaceFrame = frame;
        }
    }

    /** Sets the label the next slab carries on its first baseline. */
    public void label(Label label) {
        // Past the indentation cap, nested labels would pile up on one spot; the outer ones stand for them.
        if (pendingLabels.size() < Frame.MAX_INDENT_DEPTH) {
            pendingLabels.add(label);
        }
    }

    /** Adds a slab of content. {@code baseline} is where a pending label sits, relative to the slab. */
    public void emit(Frame frame, double height, List<PageItem> items, double baseline, boolean keepWithNext,
                     List<Integer> footnotes, int tableId, int blockId) {
        flushSpace(frame);
        List<PageItem> all = new ArrayList<>(frame.decorations(height, blockId));
        // The label goes before the line's text, so text extraction reads "1. Item" rather than "Item1.".
        for (Label label : pendingLabels) {
            Fragment f = label.fragment();
            double x = label.right() - f.width();
            all.add(new TextItem(x, baseline, f, 0));
            if (f.link() != null) {
                all.add(new LinkItem(x, baseline - f.size() * 0.85, f.width(), f.size() * 1.1, f.link(), f.blockId()));
            }
            if (f.anchor() != null) {
                all.add(new AnchorItem(f.anchor(), baseline - f.size() * 1.2, 0, "", f.role(), f.blockId()));
            }
        }
        pendingLabels.clear();
        all.addAll(items);
        slabs.add(new Slab(height, all, false, keepWithNext, footnotes, tableId, false));
    }

    /** Adds a ready-made slab (table rows carry their own decorations). */
    public void emitSlab(Frame frame, Slab slab) {
        flushSpace(frame);
        slabs.add(slab);
    }

    private void flushSpace(Frame frame) {
        if (pendingSpace > 0 && !slabs.isEmpty()) {
            Frame f = spaceFrame != null && spaceFrame.depth() <= frame.depth() ? spaceFrame : frame;
            slabs.add(Slab.space(pendingSpace, f.decorations(pendingSpace, 0)));
        }
        pendingSpace = 0;
        spaceFrame = null;
    }

    /** The slabs so far. */
    public List<Slab> slabs() {
        return List.copyOf(slabs);
    }
}
