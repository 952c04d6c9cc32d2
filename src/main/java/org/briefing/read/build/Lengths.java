package org.briefing.read.build;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Length;

/**
 * Reads an image's {@code width} or {@code height} as pandoc does: a number with a unit ({@code %} of the text
 * measure, {@code cm mm in pt px}), a bare number being CSS pixels (0.75 pt). HTML's {@code width} attribute
 * reads the same way.
 */
final class Lengths {
    private static final Pattern LENGTH = Pattern.compile("([+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+))\\s*([A-Za-z%]*)");
    private static final double POINTS_PER_INCH = 72;

    private Lengths() {
    }

    /**
     * The length {@code value} gives the attribute {@code key}; an error names {@code offset}, where the value
     * starts. A height cannot be a percentage: nothing on a page says what it would be a share of.
     */
    static Length parse(String key, String value, int offset, SourceErrors errors) {
        Matcher m = LENGTH.matcher(value.strip());
        if (!m.matches()) {
            throw errors.at(offset, key + "=" + value + " is not a length; write a number with a unit, e.g. "
                    + key + "=60% or " + key + "=8cm");
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
        if (!(number > 0)) {
            throw errors.at(offset, key + "=" + value + ": a " + key + " must be greater than zero");
        }
        double points = switch (unit) {
            case "", "px" -> number * 0.75;
            case "pt" -> number;
            case "in", "inch" -> number * POINTS_PER_INCH;
            case "cm" -> number * POINTS_PER_INCH / 2.54;
            case "mm" -> number * POINTS_PER_INCH / 25.4;
            case "%" -> -1;
            default -> throw errors.at(offset, "unknown unit '" + m.group(2) + "' in " + key + "=" + value
                    + "; use %, cm, mm, in, pt or px");
        };
        if (Double.isInfinite(points)) {
            throw errors.at(offset, key + "=" + value + " is too large");
        }
        if (points >= 0) {
            return Length.points(points);
        }
        if (!key.equals("width")) {
            throw errors.at(offset, key + "=" + value + ": only a width can be a percentage (of the text "
                    + "measure); give the " + key + " in cm, mm, in, pt or px");
        }
        if (number > 100) {
            throw errors.at(offset, key + "=" + value + ": a width is at most 100% of the text measure");
        }
        return Length.percent(number);
    }
}
