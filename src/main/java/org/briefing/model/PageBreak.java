package org.briefing.model;

/**
 * A forced page break the author wrote: {@code \newpage} or {@code \pagebreak} alone on a line, or an empty
 * HTML {@code div} whose style breaks the page. Paged renderers start a new page; others mark the break.
 *
 * @param line the 1-based source line, for messages
 */
public record PageBreak(int line) implements Block {
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.pageBreak(this);
    }
}
