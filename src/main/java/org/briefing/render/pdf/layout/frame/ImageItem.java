package org.briefing.render.pdf.layout.frame;

/**
 * An image placed at a size.
 *
 * @param data the encoded file (PNG or JPEG); never mutated
 * @param alt  the alternative text, kept for tagging
 */
public record ImageItem(double x, double y, double width, double height, byte[] data, String alt,
                        StructureRole role, int blockId) implements PageItem {
    @Override
    public ImageItem shifted(double dy) {
        return new ImageItem(x, y + dy, width, height, data, alt, role, blockId);
    }
}
