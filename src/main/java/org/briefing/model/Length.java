package org.briefing.model;

/**
 * A length an author wrote on an image ({@code width=8cm}, {@code width=60%}): either absolute, in points
 * (the reader converts cm, mm, in, px and pt), or a percentage of the text measure.
 *
 * @param value   points, or percent when {@code percent}
 * @param percent true for a share of the text measure (1 to 100)
 */
public record Length(double value, boolean percent) {
    public Length {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a length is positive and finite, was " + value);
        }
        if (percent && value > 100) {
            throw new IllegalArgumentException("a percentage is at most 100, was " + value);
        }
    }

    /** An absolute length in points. */
    public static Length points(double points) {
        return new Length(points, false);
    }

    /** A share of the text measure, from 0 (exclusive) to 100. */
    public static Length percent(double percent) {
        return new Length(percent, true);
    }

    /** This length in points, where a percentage is of {@code measure} points. */
    public double resolve(double measure) {
        return percent ? measure * value / 100 : value;
    }
}
