package org.briefing.render.pdf.layout.frame;

/**
 * A clickable area.
 *
 * @param target an external URI, or {@code #name} for an {@link AnchorItem} in the document
 */
public record LinkItem(double x, double y, double width, double height, String target, int blockId)
        implements PageItem {
    @Override
    public StructureRole role() {
        return StructureRole.LINK;
    }

    @Override
    public LinkItem shifted(double dy) {
        return new LinkItem(x, y + dy, width, height, target, blockId);
    }
}
