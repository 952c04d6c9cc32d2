package org.briefing.render.pdf.layout.frame;

/**
 * A named destination; headings also become outline entries.
 *
 * @param outlineLevel heading level 1–6 for an outline entry, 0 for a plain destination
 * @param title        the outline text (empty for plain destinations)
 */
public record AnchorItem(String name, double y, int outlineLevel, String title, StructureRole role, int blockId)
        implements PageItem {
    @Override
    public AnchorItem shifted(double dy) {
        return new AnchorItem(name, y + dy, outlineLevel, title, role, blockId);
    }
}
