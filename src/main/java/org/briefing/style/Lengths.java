package org.briefing.style;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.yaml.YamlValue;

/** Reads lengths written as points ({@code 12}, {@code 12pt}) or with a unit ({@code 25mm}, {@code 2cm}, {@code 1in}). */
final class Lengths {
    private static final Pattern LENGTH = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in)?");

    private Lengths() {
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
}
