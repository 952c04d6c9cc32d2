package org.briefing.render;

/**
 * The terminal text renderer's settings from the command line.
 *
 * @param width columns to wrap at, at least {@link #MIN_WIDTH}
 * @param ansi  whether the text may use ANSI styles
 */
public record TextOptions(int width, boolean ansi) {
    /** The narrowest width the layout supports. */
    public static final int MIN_WIDTH = 20;
    /** 80 columns, no ANSI styles. */
    public static final TextOptions DEFAULTS = new TextOptions(80, false);

    public TextOptions {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("text width must be at least " + MIN_WIDTH + " columns, was " + width);
        }
    }
}
