package org.briefing.read.build;

import java.util.List;
import org.briefing.model.Figure;
import org.briefing.model.Image;
import org.briefing.model.Text;

/**
 * What an image's attributes say about the figure it may stand for: its caption ({@code fig-cap}) and label
 * ({@code #fig:grid}). The image itself carries only its size.
 *
 * @param caption the {@code fig-cap} text, or null when none was given (the image's title serves)
 * @param id      the {@code #id}, or empty
 */
record FigureLabels(String caption, String id) {
    static final FigureLabels NONE = new FigureLabels(null, "");

    /** The figure of {@code image} standing alone: captioned by {@code fig-cap}, else by the image's title. */
    Figure figure(Image image) {
        if (caption == null) {
            return new Figure(image, id);
        }
        return new Figure(image, caption.isEmpty() ? List.of() : List.of(new Text(caption)), id);
    }
}
