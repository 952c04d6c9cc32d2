package org.briefing.render.pdf.layout.inline;

import org.briefing.model.Image;

/**
 * An image inside a line of text, its bottom on the baseline: as tall as the text unless the author gave
 * it a size.
 *
 * @param source  the model's image, for its alt text, source line and the author's width and height
 * @param data    the loaded file, or null while not yet loaded (then it is shown as its alt text)
 * @param blockId the Figure structure element it is tagged as (inside its paragraph), 0 before loading
 * @param link    the enclosing link's target, or null
 */
public record InlineImage(Image source, ImageData data, int blockId, String link) {
    /**
     * The image's size in a line {@code measure} wide whose text is {@code textHeight} tall. The author's
     * size (a percentage is of the measure) is kept unless it is wider or taller than the measure, which
     * keeps one line from outgrowing a page.
     */
    public ImageBox box(double textHeight, double measure) {
        if (source.width() == null && source.height() == null) {
            return new ImageBox(textHeight * data.pixelWidth() / data.pixelHeight(), textHeight)
                    .within(measure, Double.MAX_VALUE);
        }
        return ImageBox.pixels(data).asked(source.width(), source.height(), measure).within(measure, measure);
    }
}
