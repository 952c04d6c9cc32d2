package org.briefing.model;

import java.util.List;

/** Emphasised text, usually set in italics. */
public record Emphasis(List<Inline> content) implements Inline {
    public Emphasis {
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.emphasis(this);
    }
}
