package org.briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * A hyperlink.
 *
 * @param url   the destination as written (absolute URL, {@code mailto:}, or {@code #anchor})
 * @param title the optional title, or empty
 */
public record Link(String url, String title, List<Inline> content) implements Inline {
    public Link {
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        content = List.copyOf(content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.link(this);
    }
}
