package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.layout.frame.StructureNode;
import org.briefing.render.pdf.layout.frame.StructureRole;

/**
 * Hands out block ids, unique within one document layout and in document order, and records the
 * structure element each id stands for.
 */
final class BlockIds {
    private int last;
    private final List<StructureNode> nodes = new ArrayList<>();

    /** An id for decoration that is not part of the structure (rules, panels). */
    int next() {
        return ++last;
    }

    /** An id for a structure element with a role, inside {@code parent} (0 for the document). */
    int open(StructureRole role, int parent) {
        return open(role, parent, "");
    }

    /** As {@link #open(StructureRole, int)}, with alternative text. */
    int open(StructureRole role, int parent, String alt) {
        int id = ++last;
        nodes.add(new StructureNode(id, parent, role, alt));
        return id;
    }

    /** The structure elements opened so far, in document order. */
    List<StructureNode> nodes() {
        return List.copyOf(nodes);
    }
}
