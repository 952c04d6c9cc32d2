package org.briefing.model;

import java.util.List;

/** A paragraph of running text. */
public record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.paragraph(this);
    }
}
