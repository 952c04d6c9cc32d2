package org.briefing.render.pdf.layout.inline;

/**
 * A decoded image's file, pixel size and stated resolution.
 *
 * @param bytes the PNG or JPEG file; never mutated
 * @param ppi   pixels per inch as the file states it, or 0 when it does not (layout then takes the theme's)
 */
public record ImageData(byte[] bytes, int pixelWidth, int pixelHeight, double ppi) {
    /** An image whose file does not state its resolution. */
    public ImageData(byte[] bytes, int pixelWidth, int pixelHeight) {
        this(bytes, pixelWidth, pixelHeight, 0);
    }
}
