package org.briefing.render.pdf.layout;

/**
 * A run of inline content with the markup around it resolved to flags.
 *
 * @param kind     what the span is
 * @param text     the text (for {@link Kind#TEXT} and {@link Kind#CODE})
 * @param link     the enclosing link's target, or null
 * @param footnote the footnote number for {@link Kind#FOOTNOTE_REF}
 */
public record Span(Kind kind, String text, boolean bold, boolean italic, boolean strike, String link,
                   int footnote) {
    /** The kinds of span. */
    public enum Kind { TEXT, CODE, LINE_BREAK, FOOTNOTE_REF }
}
