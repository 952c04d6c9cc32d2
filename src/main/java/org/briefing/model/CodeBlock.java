package org.briefing.model;

import java.util.Objects;

/**
 * Verbatim text, fenced or indented.
 *
 * @param language the info string's first word, or empty
 * @param code     the text without the final line break
 */
public record CodeBlock(String language, String code) implements Block {
    public CodeBlock {
        language = language == null ? "" : language;
        Objects.requireNonNull(code, "code");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.code(this);
    }
}
