package org.briefing.render.pdf.layout.frame;

/**
 * Something positioned on a page. Coordinates are points from the page's top-left corner, y downwards.
 * Every item knows its structural role and the block it belongs to, so a block split across pages can
 * later become one tagged element.
 */
public sealed interface PageItem permits TextItem, RuleItem, ImageItem, LinkItem, AnchorItem {
    StructureRole role();

    /** The id of the source block, unique within a document; 0 for furniture. */
    int blockId();

    /** The same item moved down by {@code dy}. */
    PageItem shifted(double dy);
}
