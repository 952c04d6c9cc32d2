package org.briefing.model;

import java.util.Objects;

/** Inline code, set verbatim in the monospaced font. */
public record Code(String code) implements Inline {
    public Code {
        Objects.requireNonNull(code, "code");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.code(this);
    }
}
