package org.briefing.model;

import java.util.Objects;

/**
 * An image reference.
 *
 * @param src   the path (relative to the source's folder) or URL as written
 * @param alt   the alternative text, flattened to plain text; empty when the author gave none
 * @param title the optional title, or empty
 * @param line  the 1-based source line, for messages about this image
 */
public record Image(String src, String alt, String title, int line) implements Inline {
    public Image {
        Objects.requireNonNull(src, "src");
        alt = alt == null ? "" : alt;
        title = title == null ? "" : title;
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
