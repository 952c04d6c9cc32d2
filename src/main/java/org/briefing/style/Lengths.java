package org.briefing.style;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.yaml.YamlValue;

/** Reads lengths written as points ({@code 12}, {@code 12pt}) or with a unit ({@code 25mm}, {@code 2cm}, {@code 1in}). */
final class Lengths {
    private static final Pattern LENGTH = Pattern.compile("(-?\\d{1,9}(?:\\.\\d{1,9})?)\\s*(pt|mm|cm|in)?");

    private Lengths() {
    }

    /**
     * A length from {@code min} to {@code max} points. Every length in a theme has a range: a negative margin
     * or a 10,000-point indent would otherwise reach the PDF as a damaged page.
     */
    static double points(YamlValue value, double min, double max) {
        double points = points(value);
        if (!(points >= min && points <= max)) {
            throw value.error("expected a length from " + format(min) + " to " + format(max) + " pt, found "
                    + format(points) + " pt");
        }
        return points;
    }

    static double points(YamlValue value) {
        if (!value.isMap() && !value.isList()) {
            String text = value.asString().trim();
            Matcher m = LENGTH.matcher(text);
            if (m.matches()) {
                double n = Double.parseDouble(m.group(1));
                String unit = m.group(2) == null ? "pt" : m.group(2);
                return switch (unit) {
                    case "mm" -> n * 72 / 25.4;
                    case "cm" -> n * 72 / 2.54;
                    case "in" -> n * 72;
                    default -> n;
                };
            }
        }
        throw value.error("expected a length such as 12, 12pt, 25mm, 2cm or 1in");
    }

    /** A length for a message: whole points without decimals, others to two places. */
    static String format(double points) {
        if (points == Math.rint(points) && Math.abs(points) < 1e9) {
            return Long.toString((long) points);
        }
        return String.format(java.util.Locale.ROOT, "%.2f", points).replaceFirst("0$", "");
    }
}
