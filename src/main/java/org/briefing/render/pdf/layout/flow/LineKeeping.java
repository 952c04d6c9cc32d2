package org.briefing.render.pdf.layout.flow;

/**
 * Where a paragraph may not break across pages: not after its first {@code orphans - 1} lines, not before
 * its last {@code widows} lines, and not after a line ending in a hyphen (a page never ends mid-word).
 * Pagination honours this through each line's keep-with-next flag.
 */
record LineKeeping(int widows, int orphans) {
    LineKeeping {
        if (widows < 1 || orphans < 1) {
            throw new IllegalArgumentException("widows and orphans are at least 1");
        }
    }

    /** Whether a page break after line {@code i} (0-based) of an {@code n}-line paragraph is forbidden. */
    boolean keepsWithNext(int i, int n, boolean hyphenated) {
        if (i >= n - 1) {
            return false;
        }
        return hyphenated || i < orphans - 1 || i >= n - widows;
    }
}
