package org.briefing.model;

import java.util.Objects;

/**
 * A reference to a {@link Footnote}.
 *
 * @param number the footnote's number, matching {@link Footnote#number()}
 */
public record FootnoteRef(String label, int number) implements Inline {
    public FootnoteRef {
        Objects.requireNonNull(label, "label");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.footnoteRef(this);
    }
}
