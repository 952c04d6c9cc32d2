package org.briefing.model;

/** A thematic break (horizontal rule) between sections of text. */
public record ThematicBreak() implements Block {
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.thematicBreak(this);
    }
}
