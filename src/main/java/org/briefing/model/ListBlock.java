package org.briefing.model;

import java.util.List;

/**
 * A bullet or ordered list.
 *
 * @param start the first number of an ordered list (ignored for bullets)
 * @param tight true when the items are not separated by blank lines
 */
public record ListBlock(boolean ordered, int start, boolean tight, List<ListItem> items) implements Block {
    public ListBlock {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.list(this);
    }
}
