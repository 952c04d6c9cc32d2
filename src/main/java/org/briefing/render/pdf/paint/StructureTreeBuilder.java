package org.briefing.render.pdf.paint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.render.pdf.layout.frame.StructureNode;
import org.briefing.render.pdf.layout.frame.StructureRole;

/**
 * Turns the structure layout recorded into structure elements under one {@code Document}: list items get
 * one {@code LBody}, table rows go into {@code THead}/{@code TBody}, short rows are padded with empty
 * cells, heading levels never skip (PDF/UA), captions sit beside their figure and inside their table, and
 * figures without alt text are left out (their image is painted as an artifact).
 */
final class StructureTreeBuilder {
    private StructureTreeBuilder() {
    }

    /** The elements by node id; {@code root} is the Document element they all hang under. */
    static Map<Integer, TagElement> build(List<StructureNode> nodes, TagElement root) {
        Map<Integer, TagElement> byId = new HashMap<>();
        Map<Integer, StructureNode> nodeById = new HashMap<>();
        Set<Integer> headerRows = new HashSet<>();
        Map<Integer, Integer> cellsPerRow = new HashMap<>();
        for (StructureNode n : nodes) {
            nodeById.put(n.id(), n);
            if (n.role() == StructureRole.TABLE_HEADER_CELL) {
                headerRows.add(n.parent());
            }
            if (n.role() == StructureRole.TABLE_HEADER_CELL || n.role() == StructureRole.TABLE_CELL) {
                cellsPerRow.merge(n.parent(), 1, Integer::sum);
            }
        }
        Map<TagElement, TagElement> bodies = new HashMap<>();
        int lastHeading = 0;
        // Nodes come in document order with parents before children, so one pass attaches everything.
        for (StructureNode n : nodes) {
            String type = StructureTypes.of(n.role());
            if (type == null || n.role() == StructureRole.FIGURE && n.alt().isBlank()) {
                continue;
            }
            int level = StructureTypes.headingLevel(type);
            if (level > 0) {
                level = Math.min(level, lastHeading + 1);
                lastHeading = level;
                type = "H" + level;
            }
            TagElement parent = byId.getOrDefault(n.parent(), root);
            if (n.role() == StructureRole.CAPTION && "Figure".equals(parent.type)) {
                // Alt text replaces a figure's whole content for assistive technology, so the caption,
                // which sighted readers see, stays readable beside it.
                parent = parent.parent;
            } else if (n.role() == StructureRole.CAPTION && !"Table".equals(parent.type)) {
                // The caption of a figure left out goes where the figure would be; a table's caption stays
                // the Table element's first child (ISO 32000-1, 14.8.4.3.4).
                StructureNode figure = nodeById.get(n.parent());
                parent = figure != null ? byId.getOrDefault(figure.parent(), root) : parent;
            }
            if ("LI".equals(parent.type) && n.role() != StructureRole.LIST_LABEL) {
                parent = bodies.computeIfAbsent(parent, li -> li.child("LBody"));
            } else if ("Table".equals(parent.type) && n.role() == StructureRole.TABLE_ROW) {
                parent = section(parent, headerRows.contains(n.id()) ? "THead" : "TBody");
            }
            TagElement e = parent.child(type);
            if (n.role() == StructureRole.FIGURE) {
                e.alt = n.alt();
            } else if (n.role() == StructureRole.NOTE) {
                e.id = "note-" + n.id();
            } else if (n.role() == StructureRole.TABLE_HEADER_CELL) {
                e.scope = "Column";
            }
            byId.put(n.id(), e);
        }
        padRows(nodes, byId, cellsPerRow, headerRows);
        return byId;
    }

    /** The table's THead or TBody, created on first use (header rows come first in a table's nodes). */
    private static TagElement section(TagElement table, String type) {
        TagElement last = table.lastElement();
        return last != null && last.type.equals(type) ? last : table.child(type);
    }

    /** Rows with fewer cells than the widest row of their table get empty cells, so columns line up. */
    private static void padRows(List<StructureNode> nodes, Map<Integer, TagElement> byId,
                                Map<Integer, Integer> cellsPerRow, Set<Integer> headerRows) {
        Map<Integer, Integer> widest = new HashMap<>();
        for (StructureNode n : nodes) {
            if (n.role() == StructureRole.TABLE_ROW) {
                widest.merge(n.parent(), cellsPerRow.getOrDefault(n.id(), 0), Math::max);
            }
        }
        for (StructureNode n : nodes) {
            TagElement row = byId.get(n.id());
            if (n.role() != StructureRole.TABLE_ROW || row == null) {
                continue;
            }
            boolean head = headerRows.contains(n.id());
            for (int c = cellsPerRow.getOrDefault(n.id(), 0); c < widest.get(n.parent()); c++) {
                TagElement cell = row.child(head ? "TH" : "TD");
                cell.scope = head ? "Column" : "";
            }
        }
    }
}
