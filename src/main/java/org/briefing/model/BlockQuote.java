package org.briefing.model;

import java.util.List;

/** A quoted passage, possibly holding further blocks (and quotes). */
public record BlockQuote(List<Block> blocks) implements Block {
    public BlockQuote {
        blocks = List.copyOf(blocks);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.blockQuote(this);
    }
}
