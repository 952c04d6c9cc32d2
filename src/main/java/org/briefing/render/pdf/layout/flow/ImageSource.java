package org.briefing.render.pdf.layout.flow;

import org.briefing.model.Image;
import org.briefing.render.pdf.layout.inline.ImageData;

/** Loads the images a document refers to; returns null (after warning) for ones that cannot be shown. */
@FunctionalInterface
public interface ImageSource {
    ImageData load(Image image);

    /** A source that shows no images. */
    ImageSource NONE = image -> null;
}
