package org.briefing.model;

import java.util.Objects;

/** Plain text, with typographic characters (curly quotes, dashes) already applied. */
public record Text(String text) implements Inline {
    public Text {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.text(this);
    }
}
