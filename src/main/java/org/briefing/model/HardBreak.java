package org.briefing.model;

/** A forced line break inside a paragraph. */
public record HardBreak() implements Inline {
    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.hardBreak(this);
    }
}
