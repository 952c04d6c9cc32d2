package org.briefing.render.pdf.layout.inline;

/**
 * A run of inline content with the markup around it resolved to flags.
 *
 * @param kind     what the span is
 * @param text     the text (for {@link Kind#TEXT} and {@link Kind#CODE})
 * @param link     the enclosing link's target, or null
 * @param footnote the footnote number for {@link Kind#FOOTNOTE_REF}
 * @param lang     the language the source marked this text with ({@code <span lang="ja">}), or empty
 * @param image    the image of an {@link Kind#IMAGE} span (its text is what shows when it cannot be drawn),
 *                 else null
 */
public record Span(Kind kind, String text, boolean bold, boolean italic, boolean strike, String link,
                   int footnote, String lang, InlineImage image) {
    /** The same span, marked as being in {@code language}. */
    public Span withLang(String language) {
        return new Span(kind, text, bold, italic, strike, link, footnote, language, image);
    }

    /** The kinds of span. */
    public enum Kind { TEXT, CODE, LINE_BREAK, FOOTNOTE_REF, IMAGE }
}
