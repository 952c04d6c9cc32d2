package org.briefing.model;

import java.util.Objects;

/**
 * An image reference.
 *
 * @param src    the path (relative to the source's folder) or URL as written
 * @param alt    the alternative text, flattened to plain text; empty when the author gave none. Never printed:
 *               it is for readers who cannot see the image
 * @param title  the optional title, or empty
 * @param line   the 1-based source line, for messages about this image
 * @param width  the width the author asked for ({@code {width=60%}}, HTML {@code width}), or null
 * @param height the height the author asked for, or null
 */
public record Image(String src, String alt, String title, int line, Length width, Length height) implements Inline {
    public Image {
        Objects.requireNonNull(src, "src");
        alt = alt == null ? "" : alt;
        title = title == null ? "" : title;
    }

    /** An image at its natural size. */
    public Image(String src, String alt, String title, int line) {
        this(src, alt, title, line, null, null);
    }

    /** True for {@code http:} and {@code https:} images, which are never fetched. */
    public boolean isRemote() {
        String lower = src.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.image(this);
    }
}
