package org.briefing.render.pdf.layout.frame;

/**
 * One element of the document's logical structure: a block (paragraph, heading, cell, …) or a container
 * (list, list item, quote, table, row, note). Page items point at their element through
 * {@link PageItem#blockId()}; containers are reached through {@code parent}, so tagging can build the
 * structure tree from layout output alone.
 *
 * @param parent the id of the enclosing element, 0 for the document
 * @param alt    alternative text (figures), else empty
 */
public record StructureNode(int id, int parent, StructureRole role, String alt) {
}
