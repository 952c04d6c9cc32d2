package org.briefing.render.pdf.layout.frame;

/**
 * A fragment of text on a page.
 *
 * @param x            left edge of the text
 * @param baseline     baseline position (already including any rise)
 * @param spaceWidth   width of the word space drawn after the text, or 0 for none
 * @param actualText   what text extraction should read instead of the drawn glyphs (and their space), or
 *                     null to read them: a hyphen added at a line end reads as the rest of its word, and
 *                     that rest, drawn at the start of the next line, reads as nothing
 */
public record TextItem(double x, double baseline, Fragment fragment, double spaceWidth, String actualText)
        implements PageItem {
    /** Text that extracts as drawn. */
    public TextItem(double x, double baseline, Fragment fragment, double spaceWidth) {
        this(x, baseline, fragment, spaceWidth, null);
    }

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
        return new TextItem(x, baseline + dy, fragment, spaceWidth, actualText);
    }
}
