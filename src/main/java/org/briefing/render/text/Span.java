package org.briefing.render.text;

import java.util.Objects;

/**
 * A run of text in one terminal style.
 *
 * @param style a combination of the {@link AnsiStyle} bits, 0 for plain
 */
record Span(String text, int style) {
    Span {
        Objects.requireNonNull(text, "text");
    }
}
