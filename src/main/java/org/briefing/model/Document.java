package org.briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * One briefing: its metadata, its body blocks and its footnotes in order of first reference.
 *
 * @param sourceName the file name the document was read from, for messages (e.g. {@code seed.md})
 */
public record Document(String sourceName, Metadata metadata, List<Block> blocks, List<Footnote> footnotes) {
    public Document {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }
}
