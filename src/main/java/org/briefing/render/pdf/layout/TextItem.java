package org.briefing.render.pdf.layout;

/**
 * A fragment of text on a page.
 *
 * @param x            left edge of the text
 * @param baseline     baseline position (already including any rise)
 * @param spaceWidth   width of the word space drawn after the text, or 0 for none
 */
public record TextItem(double x, double baseline, Fragment fragment, double spaceWidth) implements PageItem {
    @Override
    public StructureRole role() {
        return fragment.role();
    }

    @Override
    public int blockId() {
        return fragment.blockId();
    }

    /** The right edge of the glyphs (not counting the trailing space). */
    public double right() {
        return x + fragment.width();
    }

    @Override
    public TextItem shifted(double dy) {
        return new TextItem(x, baseline + dy, fragment, spaceWidth);
    }
}
