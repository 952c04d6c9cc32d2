package org.briefing.model;

import java.util.List;

/** Strongly emphasised text, usually set in bold. */
public record Strong(List<Inline> content) implements Inline {
    public Strong {
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.strong(this);
    }
}
