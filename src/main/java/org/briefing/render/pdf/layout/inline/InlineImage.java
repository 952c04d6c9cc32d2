package org.briefing.render.pdf.layout.inline;

import org.briefing.model.Image;

/**
 * An image inside a line of text, drawn at text size with its bottom on the baseline.
 *
 * @param source  the model's image, for its alt text and source line
 * @param data    the loaded file, or null while not yet loaded (then it is shown as its alt text)
 * @param blockId the Figure structure element it is tagged as (inside its paragraph), 0 before loading
 * @param link    the enclosing link's target, or null
 */
public record InlineImage(Image source, ImageData data, int blockId, String link) {
    /** The width of the image drawn {@code height} points high. */
    public double widthAt(double height) {
        return height * data.pixelWidth() / data.pixelHeight();
    }
}
