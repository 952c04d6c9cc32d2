package org.briefing.render.pdf.layout.inline;

/** Breakable white space with its natural width and how far it may stretch or shrink. */
public record Glue(double width, double stretch, double shrink) implements Item {
    /** A stretch large enough to absorb any line's slack, as used to end a paragraph. */
    public static final double FILL = 1e6;
}
