package org.briefing.model;

import java.util.List;

/**
 * A footnote definition.
 *
 * @param label  the label written in the source, e.g. {@code 1} or {@code note}
 * @param number its number in order of first reference, from 1
 */
public record Footnote(String label, int number, List<Block> blocks) {
    public Footnote {
        blocks = List.copyOf(blocks);
    }
}
