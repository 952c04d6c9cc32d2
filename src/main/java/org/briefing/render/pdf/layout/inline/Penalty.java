package org.briefing.render.pdf.layout.inline;

/**
 * A possible break with a cost. {@code width} and {@code hyphen} only count when the break is taken
 * (a hyphenation point carries the hyphen box it adds at the end of the line).
 *
 * @param penalty  cost of breaking here; {@link #FORBID} or more forbids, {@link #FORCE} or less forces
 * @param flagged  true for hyphen breaks, so breakers can avoid consecutive ones
 * @param hyphen   the box drawn at the line end when the break is taken, or null
 * @param stretch  stretch the line gains when it breaks here: a ragged line end's, so that a break inside a
 *                 word (hyphen, dash) is weighed like one at a space
 */
public record Penalty(double width, double penalty, boolean flagged, Box hyphen, double stretch) implements Item {
    public static final double FORBID = 10_000;
    public static final double FORCE = -10_000;

    /** A break that adds no stretch to its line (justified text). */
    public Penalty(double width, double penalty, boolean flagged, Box hyphen) {
        this(width, penalty, flagged, hyphen, 0);
    }

    /** A free break that adds nothing (e.g. after a dash or between CJK characters). */
    public static Penalty free() {
        return new Penalty(0, 0, false, null);
    }

    /** A break that must be taken. */
    public static Penalty forced() {
        return new Penalty(0, FORCE, false, null);
    }
}
