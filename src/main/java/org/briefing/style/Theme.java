package org.briefing.style;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resolved theme: every role has a complete style, every font a file that exists.
 *
 * @param name          the theme's name (file name without {@code .yaml})
 * @param file          the theme file it was loaded from
 * @param families      font families by name
 * @param fallbackFonts fonts tried, in order, for characters the role's own font lacks
 * @param footnotes     where footnotes go in paged output: at the foot of the page, or at the end
 * @param typography    hyphenation, widows and orphans, optical margins, keeps
 * @param figures       figure numbering, placement and sizing
 * @param tables        table numbering and shrinking
 * @param contents      whether a table of contents is printed when neither the front matter nor the command
 *                      line says ({@code contents: {toc: true}})
 * @param parents       the theme files this one extends, nearest first (an output must not replace them)
 */
public record Theme(String name, Path file, PageSetup page, Map<String, FontFamily> families,
                    List<Path> fallbackFonts, Map<Role, TextStyle> roles, Color accent, Color rule,
                    FootnotePlacement footnotes, Typography typography, Figures figures, Tables tables,
                    boolean contents, List<Path> parents) {
    public Theme {
        Objects.requireNonNull(page, "page");
        families = Map.copyOf(families);
        fallbackFonts = List.copyOf(fallbackFonts);
        parents = List.copyOf(parents);
        EnumMap<Role, TextStyle> copy = new EnumMap<>(Role.class);
        copy.putAll(roles);
        for (Role role : Role.values()) {
            if (!copy.containsKey(role)) {
                throw new IllegalArgumentException("theme has no style for role " + role.key());
            }
        }
        roles = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(footnotes, "footnotes");
        Objects.requireNonNull(typography, "typography");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(tables, "tables");
    }

    /** The style of a role. */
    public TextStyle style(Role role) {
        return roles.get(role);
    }

    /** The family of a role's font. */
    public FontFamily family(Role role) {
        return families.get(style(role).font());
    }

    /** Where footnotes are placed in paged output. */
    public enum FootnotePlacement { PAGE, END }
}
