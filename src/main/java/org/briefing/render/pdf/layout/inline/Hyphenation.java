package org.briefing.render.pdf.layout.inline;

/**
 * Where a word may be hyphenated; the paragraph builder turns each point into a flagged penalty carrying
 * a hyphen box. The default is none: hyphenation plugs in here without touching layout.
 */
@FunctionalInterface
public interface Hyphenation {
    /** Offsets into {@code word} (ascending, strictly inside it) where a hyphen may break it. */
    int[] points(String word);

    /** No hyphenation. */
    Hyphenation NONE = word -> new int[0];
}
