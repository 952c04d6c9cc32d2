package org.briefing.style;

import java.util.Set;
import org.briefing.yaml.YamlValue;

/** Reads a theme's {@code figures:} and {@code tables:} sections, each value checked against its range. */
final class CompositionSections {
    private static final Set<String> FIGURE_KEYS = Set.of("numbered", "float", "resolution", "max-height");
    private static final Set<String> TABLE_KEYS = Set.of("numbered", "min-size");
    private static final double MIN_RESOLUTION = 10;
    private static final double MAX_RESOLUTION = 2400;

    private CompositionSections() {
    }

    /** The {@code figures:} section, with the defaults for what it leaves out. */
    static Figures figures(ThemeLayers theme) {
        ThemeLayers t = theme.sub("figures").requireOnly(FIGURE_KEYS);
        Figures d = Figures.DEFAULT;
        YamlValue v = t.value("numbered");
        boolean numbered = v != null ? v.asBoolean() : d.numbered();
        v = t.value("float");
        Figures.Placement placement = v != null
                ? Figures.Placement.valueOf(v.asChoice("top", "here").toUpperCase(java.util.Locale.ROOT))
                : d.placement();
        v = t.value("resolution");
        double resolution = d.resolution();
        if (v != null) {
            resolution = v.asNumber();
            if (!(resolution >= MIN_RESOLUTION && resolution <= MAX_RESOLUTION)) {
                throw v.error("expected pixels per inch from " + (int) MIN_RESOLUTION + " to " + (int) MAX_RESOLUTION);
            }
        }
        v = t.value("max-height");
        double maxHeight = v != null ? share(v) : d.maxHeight();
        return new Figures(numbered, placement, resolution, maxHeight);
    }

    /** A share written as a percentage, {@code 60%}, more than 0 and at most 100. */
    private static double share(YamlValue value) {
        String text = value.isMap() || value.isList() ? "" : value.asString().trim();
        if (text.endsWith("%")) {
            try {
                double percent = Double.parseDouble(text.substring(0, text.length() - 1).trim());
                if (percent > 0 && percent <= 100) {
                    return percent / 100;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw value.error("expected a percentage of the text area's height, from 1% to 100%, such as 60%");
    }

    /** The {@code tables:} section; a table never shrinks below 2 pt nor grows above its role's size. */
    static Tables tables(ThemeLayers theme, TextStyle table) {
        ThemeLayers t = theme.sub("tables").requireOnly(TABLE_KEYS);
        Tables d = Tables.DEFAULT;
        YamlValue v = t.value("numbered");
        boolean numbered = v != null ? v.asBoolean() : d.numbered();
        v = t.value("min-size");
        double minSize = v != null ? Lengths.points(v, ThemeLoader.MIN_SIZE, table.size())
                : Math.min(d.minSize(), table.size());
        return new Tables(numbered, minSize);
    }
}
