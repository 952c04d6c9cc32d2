package org.briefing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A section heading.
 *
 * @param level  1 to 6
 * @param id     a document-unique anchor: the author's {@code {#id}} or one derived from the text, e.g.
 *               {@code discussion-highlights}
 * @param number the section number to print before the text, e.g. {@code 2.1}; empty when the document's
 *               sections are not numbered or this heading is left out ({@code {.unnumbered}}, {@code {-}})
 */
public record Heading(int level, List<Inline> content, String id, String number) implements Block {
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1..6, was " + level);
        }
        content = List.copyOf(content);
        number = Objects.requireNonNullElse(number, "");
    }

    /** An unnumbered heading. */
    public Heading(int level, List<Inline> content, String id) {
        this(level, content, id, "");
    }

    /** The content as headings, outlines and contents show it: the number and a space before it, if numbered. */
    public List<Inline> numberedContent() {
        if (number.isEmpty()) {
            return content;
        }
        List<Inline> out = new ArrayList<>(content.size() + 1);
        out.add(new Text(number + " "));
        out.addAll(content);
        return List.copyOf(out);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.heading(this);
    }
}
