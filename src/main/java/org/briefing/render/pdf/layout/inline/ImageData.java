package org.briefing.render.pdf.layout.inline;

/**
 * A decoded image's file and pixel size.
 *
 * @param bytes the PNG or JPEG file; never mutated
 */
public record ImageData(byte[] bytes, int pixelWidth, int pixelHeight) {
}
