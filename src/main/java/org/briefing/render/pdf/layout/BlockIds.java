package org.briefing.render.pdf.layout;

/** Hands out block ids, unique within one document layout, in flow order. */
public final class BlockIds {
    private int last;

    /** The next id (from 1). */
    public int next() {
        return ++last;
    }
}
