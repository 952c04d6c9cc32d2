package org.briefing.render.pdf.layout.frame;

import java.util.List;

/**
 * A document after layout: pages of items, the structure elements those items belong to, and how each
 * page was composed. A table header repeated on later pages points at the same header cells; tagging
 * marks repeats as artifacts.
 */
public record LaidOutDocument(List<Page> pages, List<StructureNode> structure, List<PageComposition> composition) {
    public LaidOutDocument {
        pages = List.copyOf(pages);
        structure = List.copyOf(structure);
        composition = List.copyOf(composition);
    }
}
