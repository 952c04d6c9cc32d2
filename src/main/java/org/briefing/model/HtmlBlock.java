package org.briefing.model;

import java.util.Objects;

/** Raw HTML written in the source as a block. Renderers sanitise it or show a readable fallback. */
public record HtmlBlock(String html) implements Block {
    public HtmlBlock {
        Objects.requireNonNull(html, "html");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.html(this);
    }
}
