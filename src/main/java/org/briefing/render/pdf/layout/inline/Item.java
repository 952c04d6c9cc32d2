package org.briefing.render.pdf.layout.inline;

/** One element of the Knuth–Plass item model: a {@link Box}, a {@link Glue} or a {@link Penalty}. */
public sealed interface Item permits Box, Glue, Penalty {
    /** Natural width in points. */
    double width();
}
