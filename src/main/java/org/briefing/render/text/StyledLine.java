package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;

/** One output line (without its prefix) as styled spans, and its width in columns. */
record StyledLine(List<Span> spans, int width) {
    static final StyledLine EMPTY = new StyledLine(List.of(), 0);

    StyledLine {
        spans = List.copyOf(spans);
    }

    /** A line of one plain or styled string. */
    static StyledLine of(String text, int style) {
        return text.isEmpty() ? EMPTY : new StyledLine(List.of(new Span(text, style)), DisplayWidth.of(text));
    }

    /** The text without styles. */
    String plain() {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** This line padded with spaces on the left so that it ends at {@code columns}. */
    StyledLine padLeft(int columns) {
        if (width >= columns) {
            return this;
        }
        Builder b = new Builder();
        b.append(" ".repeat(columns - width), AnsiStyle.PLAIN);
        spans.forEach(s -> b.append(s.text(), s.style()));
        return b.build();
    }

    /** Accumulates spans, merging neighbours of the same style. */
    static final class Builder {
        private final List<Span> spans = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int style = AnsiStyle.PLAIN;
        private int width;

        Builder append(String more, int moreStyle) {
            if (more.isEmpty()) {
                return this;
            }
            if (moreStyle != style && text.length() > 0) {
                spans.add(new Span(text.toString(), style));
                text.setLength(0);
            }
            style = moreStyle;
            text.append(more);
            width += DisplayWidth.of(more);
            return this;
        }

        Builder appendCodePoint(int codePoint, int moreStyle) {
            return append(new String(Character.toChars(codePoint)), moreStyle);
        }

        int width() {
            return width;
        }

        boolean isEmpty() {
            return width == 0 && text.length() == 0 && spans.isEmpty();
        }

        StyledLine build() {
            List<Span> all = new ArrayList<>(spans);
            if (text.length() > 0) {
                all.add(new Span(text.toString(), style));
            }
            return new StyledLine(all, width);
        }
    }
}
