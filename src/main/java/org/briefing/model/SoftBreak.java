package org.briefing.model;

/** A line break in the source inside a paragraph; renderers treat it as a space. */
public record SoftBreak() implements Inline {
    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.softBreak(this);
    }
}
