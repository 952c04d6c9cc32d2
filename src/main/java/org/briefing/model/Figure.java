package org.briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * An image standing on its own as a block (a paragraph holding only that image).
 *
 * @param image   the image, with its alternative text (never printed)
 * @param caption the visible caption: the image's title or a {@code fig-cap} attribute; empty for none
 * @param id      the author's label ({@code {#fig:grid}}), or empty
 */
public record Figure(Image image, List<Inline> caption, String id) implements Block {
    public Figure {
        Objects.requireNonNull(image, "image");
        caption = List.copyOf(caption);
        id = id == null ? "" : id;
    }

    /** A figure labelled {@code id}, captioned by the image's title if it has one (pandoc's rule). */
    public Figure(Image image, String id) {
        this(image, image.title().isEmpty() ? List.of() : List.of(new Text(image.title())), id);
    }

    /** An unlabelled figure captioned by the image's title, if it has one. */
    public Figure(Image image) {
        this(image, "");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.figure(this);
    }
}
