package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.style.Color;
import org.briefing.style.Role;

/**
 * Where nested blocks are set: their column, the quote bars and background around them, and which
 * theme role and structure role their paragraphs take.
 *
 * @param bars       x positions of the bars of the enclosing quotes
 * @param background fill behind the frame (code, participants), or null
 * @param depth      nesting depth, capped so hostile nesting cannot squeeze the column to nothing
 * @param parent     the structure element blocks set here belong to (0 for the document)
 */
record Column(double left, double width, List<Double> bars, Color background, double bgLeft,
              double bgWidth, Role textRole, StructureRole paragraphRole, int depth, int parent) {
    static final int MAX_INDENT_DEPTH = 8;
    static final double BAR_WIDTH = 1.6;

    Column {
        bars = List.copyOf(bars);
    }

    /** The top frame: the whole text column. */
    static Column full(double left, double width, Role textRole, StructureRole paragraphRole) {
        return new Column(left, width, List.of(), null, 0, 0, textRole, paragraphRole, 0, 0);
    }

    /** A frame indented on the left (lists, quotes); indentation stops at {@link #MAX_INDENT_DEPTH}. */
    Column indented(double by, Role role, StructureRole paraRole) {
        double step = depth < MAX_INDENT_DEPTH ? by : 0;
        return new Column(left + step, width - step, bars, background, bgLeft, bgWidth, role, paraRole, depth + 1,
                parent);
    }

    /** A frame with a quote bar at its left edge. */
    Column quoted(double indent, Role role) {
        Column inner = indented(indent, role, StructureRole.QUOTE);
        if (depth >= MAX_INDENT_DEPTH) {
            return inner;
        }
        List<Double> more = new ArrayList<>(bars);
        more.add(left + 2);
        return new Column(inner.left, inner.width, more, background, bgLeft, bgWidth, role, StructureRole.QUOTE,
                inner.depth, parent);
    }

    /** A frame with a background fill padded around its column. */
    Column shaded(Color fill, double padding) {
        return new Column(left + padding, width - 2 * padding, bars, fill, left, width, textRole, paragraphRole,
                depth, parent);
    }

    /** The same frame inside another structure element. */
    Column within(int parentId) {
        return new Column(left, width, bars, background, bgLeft, bgWidth, textRole, paragraphRole, depth, parentId);
    }

    /** Quote bars and background for a slice of this frame {@code height} tall. */
    List<PageItem> decorations(double height, int blockId) {
        List<PageItem> out = new ArrayList<>();
        if (background != null) {
            out.add(new RuleItem(bgLeft, 0, bgWidth, height, background, false,
                    StructureRole.ARTIFACT_BACKGROUND, blockId));
        }
        for (double x : bars) {
            out.add(new RuleItem(x, 0, BAR_WIDTH, height, QUOTE_BAR, false, StructureRole.ARTIFACT_BACKGROUND,
                    blockId));
        }
        return out;
    }

    private static final Color QUOTE_BAR = new Color(0xc9, 0xc2, 0xb4);
}
