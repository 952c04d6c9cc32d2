package org.briefing.model;

import java.util.Objects;

/** An image standing on its own as a block (a paragraph holding only that image). */
public record Figure(Image image) implements Block {
    public Figure {
        Objects.requireNonNull(image, "image");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.figure(this);
    }
}
