package org.briefing.render.pdf.layout;

import org.briefing.model.Image;

/** Loads the images a document refers to; returns null (after warning) for ones that cannot be shown. */
@FunctionalInterface
public interface ImageSource {
    ImageData load(Image image);

    /** A source that shows no images. */
    ImageSource NONE = image -> null;
}
