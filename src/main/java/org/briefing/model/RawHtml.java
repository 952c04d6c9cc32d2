package org.briefing.model;

import java.util.Objects;

/** Raw inline HTML from the source (a tag or entity run). Renderers sanitise it or drop the tags. */
public record RawHtml(String html) implements Inline {
    public RawHtml {
        Objects.requireNonNull(html, "html");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.rawHtml(this);
    }
}
