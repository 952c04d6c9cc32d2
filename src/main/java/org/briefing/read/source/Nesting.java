package org.briefing.read.source;

/**
 * How deeply the reader nests containers. The model builders flatten block containers (quotes, lists) and
 * inline containers (emphasis, links) below this depth, and the guard rails cut list markers opened on one
 * line at the same depth, so that a cut falls where the reader flattens anyway.
 */
public final class Nesting {
    /** Deepest nesting kept, for blocks and for inlines alike. */
    public static final int MAX_DEPTH = 32;

    private Nesting() {
    }
}
