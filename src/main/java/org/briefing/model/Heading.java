package org.briefing.model;

import java.util.List;

/**
 * A section heading.
 *
 * @param level 1 to 6
 * @param id    a document-unique anchor derived from the text, e.g. {@code discussion-highlights}
 */
public record Heading(int level, List<Inline> content, String id) implements Block {
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1..6, was " + level);
        }
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.heading(this);
    }
}
