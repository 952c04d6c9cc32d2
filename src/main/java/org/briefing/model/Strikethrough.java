package org.briefing.model;

import java.util.List;

/** Text struck through (deleted). */
public record Strikethrough(List<Inline> content) implements Inline {
    public Strikethrough {
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.strikethrough(this);
    }
}
