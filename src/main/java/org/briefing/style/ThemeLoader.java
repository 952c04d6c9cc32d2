package org.briefing.style;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.model.InputException;
import org.briefing.yaml.YamlMap;
import org.briefing.yaml.YamlParser;
import org.briefing.yaml.YamlValue;

/**
 * Loads {@code styles/<name>.yaml} (following {@code extends:}) into a resolved {@link Theme}.
 * Unknown keys, bad values and missing font files fail with the file, line, key and what is allowed.
 */
public final class ThemeLoader {
    /** The theme used when none is named. */
    public static final String DEFAULT_THEME = "memo";

    private static final int MAX_EXTENDS_DEPTH = 16;
    private static final Set<String> TOP_KEYS = Set.of("extends", "page", "fonts", "colors", "roles", "footnotes",
            "typography");
    private static final Set<String> TYPOGRAPHY_KEYS = Set.of("hyphenate", "hyphenation-exceptions", "widows",
            "orphans", "optical-margins", "balance-last-page");
    private static final Set<String> PAGE_KEYS = Set.of("size", "width", "height", "margin");
    private static final Set<String> MARGIN_KEYS = Set.of("top", "right", "bottom", "left");
    private static final Set<String> FONT_KEYS = Set.of("families", "fallback");
    private static final Set<String> FACE_KEYS = Set.of("regular", "bold", "italic", "bold-italic");
    private static final Set<String> STYLE_KEYS = Set.of("font", "weight", "style", "size", "leading", "color",
            "background", "align", "space-before", "space-after", "indent", "transform", "letter-spacing");

    private final Path stylesDir;

    /** A loader that finds named themes in {@code stylesDir}. */
    public ThemeLoader(Path stylesDir) {
        this.stylesDir = stylesDir;
    }

    /** The names of the themes in the styles folder, sorted. */
    public List<String> available() {
        if (!Files.isDirectory(stylesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(stylesDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Loads a theme by name ({@code memo} → {@code styles/memo.yaml}) or by path (anything with a
     * slash or ending in {@code .yaml}).
     */
    public Theme load(String nameOrPath) {
        Path file = resolve(nameOrPath, stylesDir);
        List<YamlMap> layers = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        Path current = file;
        while (current != null) {
            Path normal = current.toAbsolutePath().normalize();
            if (seen.contains(normal)) {
                throw new InputException(file + ": themes extend each other in a circle: " + seen);
            }
            if (seen.size() >= MAX_EXTENDS_DEPTH) {
                throw new InputException(file + ": 'extends' chain is longer than " + MAX_EXTENDS_DEPTH);
            }
            seen.add(normal);
            YamlMap map = read(normal);
            map.requireOnly(TOP_KEYS);
            layers.add(map);
            folders.add(normal.getParent());
            Optional<YamlValue> parent = map.get("extends");
            current = parent.isPresent() ? resolve(parent.get(), normal.getParent()) : null;
        }
        ThemeLayers theme = ThemeLayers.of(layers, folders);
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        return build(name, file, theme);
    }

    private Path resolve(YamlValue parent, Path folder) {
        String ref = parent.asString();
        Path path = isPath(ref) ? folder.resolve(ref) : folder.resolve(ref + ".yaml");
        if (!Files.isRegularFile(path)) {
            throw parent.error("no theme '" + ref + "' (looked for " + path + ")");
        }
        return path;
    }

    private Path resolve(String nameOrPath, Path dir) {
        Path path = isPath(nameOrPath) ? Path.of(nameOrPath) : dir.resolve(nameOrPath + ".yaml");
        if (!Files.isRegularFile(path)) {
            List<String> known = available();
            throw new InputException("no theme '" + nameOrPath + "' (looked for " + path + "); available: "
                    + (known.isEmpty() ? "none in " + dir : String.join(", ", known)));
        }
        return path;
    }

    private static boolean isPath(String ref) {
        return ref.contains("/") || ref.contains("\\") || ref.endsWith(".yaml") || ref.endsWith(".yml");
    }

    private static YamlMap read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read theme: " + e.getMessage(), e);
        }
        Optional<YamlValue> root = YamlParser.parse(text, file.toString(), 0);
        if (root.isEmpty()) {
            throw new InputException(file + ": the theme is empty");
        }
        return root.get().asMap();
    }

    private static Theme build(String name, Path file, ThemeLayers theme) {
        PageSetup page = page(theme.sub("page").requireOnly(PAGE_KEYS));
        ThemeLayers fonts = theme.sub("fonts").requireOnly(FONT_KEYS);
        Map<String, FontFamily> families = families(fonts.sub("families"), file);
        List<Path> fallback = new ArrayList<>();
        ThemeLayers.Found fallbackList = fonts.find("fallback").orElse(null);
        if (fallbackList != null) {
            for (YamlValue item : fallbackList.value().asList()) {
                fallback.add(fontFile(item, fallbackList.folder()));
            }
        }
        Map<String, Color> colors = colors(theme.sub("colors"));
        Map<Role, TextStyle> roles = roles(theme.sub("roles"), families, colors, file);
        Color accent = colors.getOrDefault("accent", Color.BLACK);
        Color rule = colors.getOrDefault("rule", new Color(0x99, 0x99, 0x99));
        YamlValue footnotesValue = theme.value("footnotes");
        Theme.FootnotePlacement footnotes = footnotesValue == null ? Theme.FootnotePlacement.PAGE
                : Theme.FootnotePlacement.valueOf(footnotesValue.asChoice("page", "end").toUpperCase(java.util.Locale.ROOT));
        return new Theme(name, file, page, families, fallback, roles, accent, rule, footnotes,
                typography(theme.sub("typography").requireOnly(TYPOGRAPHY_KEYS)));
    }

    private static Typography typography(ThemeLayers t) {
        Typography d = Typography.DEFAULT;
        YamlValue v = t.value("hyphenate");
        boolean hyphenate = v != null ? v.asBoolean() : d.hyphenate();
        YamlValue exceptionsValue = t.value("hyphenation-exceptions");
        List<String> exceptions = exceptionsValue != null ? exceptionsValue.asStringList() : d.hyphenationExceptions();
        for (String word : exceptions) {
            if (word.isBlank() || hasWhitespace(word)) {
                throw exceptionsValue.error("a hyphenation exception is one word with hyphens, found '" + word + "'");
            }
        }
        v = t.value("widows");
        int widows = v != null ? lineCount(v) : d.widows();
        v = t.value("orphans");
        int orphans = v != null ? lineCount(v) : d.orphans();
        v = t.value("optical-margins");
        boolean optical = v != null ? v.asBoolean() : d.opticalMargins();
        v = t.value("balance-last-page");
        boolean balance = v != null ? v.asBoolean() : d.balanceLastPage();
        return new Typography(hyphenate, exceptions, widows, orphans, optical, balance);
    }

    private static boolean hasWhitespace(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isWhitespace(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int lineCount(YamlValue value) {
        int n = value.asInt();
        if (n < 1 || n > 5) {
            throw value.error("expected a number of lines from 1 to 5");
        }
        return n;
    }

    private static PageSetup page(ThemeLayers page) {
        YamlValue sizeValue = page.value("size");
        String size = sizeValue != null ? sizeValue.asChoice("a4", "letter", "custom") : "a4";
        double width;
        double height;
        String sizeName;
        if (size.equals("custom")) {
            width = Lengths.points(page.get("width").orElseThrow(() -> new InputException("page: size custom needs width")));
            height = Lengths.points(page.get("height").orElseThrow(() -> new InputException("page: size custom needs height")));
            sizeName = "custom";
        } else {
            sizeName = size.equals("a4") ? "A4" : "Letter";
            width = size.equals("a4") ? 595.276 : 612;
            height = size.equals("a4") ? 841.89 : 792;
        }
        double[] margin = {72, 72, 72, 72};
        Optional<YamlValue> marginValue = page.get("margin");
        if (marginValue.isPresent() && !marginValue.get().isMap()) {
            double all = Lengths.points(marginValue.get());
            margin = new double[] {all, all, all, all};
        } else if (marginValue.isPresent()) {
            ThemeLayers sides = page.sub("margin").requireOnly(MARGIN_KEYS);
            String[] keys = {"top", "right", "bottom", "left"};
            for (int i = 0; i < 4; i++) {
                Optional<YamlValue> side = sides.get(keys[i]);
                if (side.isPresent()) {
                    margin[i] = Lengths.points(side.get());
                }
            }
        }
        if (margin[1] + margin[3] > width * 0.8 || margin[0] + margin[2] > height * 0.8) {
            throw new InputException("page.margin leaves less than a fifth of the page for text");
        }
        return new PageSetup(sizeName, width, height, margin[0], margin[1], margin[2], margin[3]);
    }

    private static Map<String, FontFamily> families(ThemeLayers families, Path file) {
        Map<String, FontFamily> result = new TreeMap<>();
        for (String family : families.keys()) {
            ThemeLayers faces = families.sub(family).requireOnly(FACE_KEYS);
            Map<String, Path> files = new LinkedHashMap<>();
            for (String face : FACE_KEYS) {
                ThemeLayers.Found found = faces.find(face).orElse(null);
                if (found != null) {
                    files.put(face, fontFile(found.value(), found.folder()));
                }
            }
            if (!files.containsKey("regular")) {
                throw new InputException(file + ": font family '" + family + "' has no 'regular' face");
            }
            result.put(family, new FontFamily(family, files.get("regular"), files.get("bold"),
                    files.get("italic"), files.get("bold-italic")));
        }
        if (result.isEmpty()) {
            throw new InputException(file + ": the theme declares no font families (fonts.families)");
        }
        return result;
    }

    private static Path fontFile(YamlValue value, Path folder) {
        String ref = value.asString();
        Path path = folder.resolve(ref).normalize();
        if (!path.startsWith(folder.normalize())) {
            throw value.error("font files must lie inside the theme's folder: " + ref);
        }
        if (!Files.isRegularFile(path)) {
            throw value.error("font file not found: " + path);
        }
        String lower = ref.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".ttf") || lower.endsWith(".ttc"))) {
            throw value.error("fonts must be TrueType (.ttf or .ttc); CFF-flavoured .otf cannot be subset");
        }
        return path;
    }

    private static Map<String, Color> colors(ThemeLayers colors) {
        Map<String, Color> result = new TreeMap<>();
        for (String key : colors.keys()) {
            YamlValue value = colors.get(key).orElseThrow();
            Color color = Color.parseHex(value.asString());
            if (color == null) {
                throw value.error("expected a colour such as #1a1a1a");
            }
            result.put(key, color);
        }
        return result;
    }

    private static Map<Role, TextStyle> roles(ThemeLayers roles, Map<String, FontFamily> families,
                                              Map<String, Color> colors, Path file) {
        roles.requireOnly(Role.keys());
        TextStyle defaults = new TextStyle(families.keySet().iterator().next(), false, false, 10, 13,
                Color.BLACK, null, Align.LEFT, 0, 0, 0, false, 0);
        TextStyle body = style(roles.sub("body"), defaults, defaults, families, colors);
        Map<Role, TextStyle> result = new EnumMap<>(Role.class);
        result.put(Role.BODY, body);
        for (Role role : Role.values()) {
            if (role != Role.BODY) {
                result.put(role, style(roles.sub(role.key()), body, defaults, families, colors));
            }
        }
        return result;
    }

    /** Inherits font, weight, style, size, colour, alignment and transform from body; spacing does not inherit. */
    private static TextStyle style(ThemeLayers s, TextStyle inherit, TextStyle defaults,
                                   Map<String, FontFamily> families, Map<String, Color> colors) {
        s.requireOnly(STYLE_KEYS);
        // Plain ifs rather than Optional.map lambdas: a cold run links every lambda call site once, and
        // linking this method's fourteen was most of building the theme (profile).
        String font = inherit.font();
        YamlValue v = s.value("font");
        if (v != null) {
            font = v.asString();
            if (!families.containsKey(font)) {
                throw v.error("no font family '" + font + "'; families: " + String.join(", ", families.keySet()));
            }
        }
        v = s.value("weight");
        boolean bold = v != null ? v.asChoice("normal", "bold").equals("bold") : inherit.bold();
        v = s.value("style");
        boolean italic = v != null ? v.asChoice("normal", "italic").equals("italic") : inherit.italic();
        v = s.value("size");
        double size = v != null ? positive(v) : inherit.size();
        v = s.value("leading");
        double leading = v != null ? positive(v) : size * inherit.leading() / inherit.size();
        v = s.value("color");
        Color color = v != null ? color(v, colors) : inherit.color();
        v = s.value("background");
        Color background = v != null ? color(v, colors) : defaults.background();
        v = s.value("align");
        Align align = v != null ? Align.valueOf(v.asChoice("left", "right", "center", "justify")
                .toUpperCase(java.util.Locale.ROOT)) : inherit.align();
        v = s.value("space-before");
        double before = v != null ? Lengths.points(v) : defaults.spaceBefore();
        v = s.value("space-after");
        double after = v != null ? Lengths.points(v) : defaults.spaceAfter();
        v = s.value("indent");
        double indent = v != null ? Lengths.points(v) : defaults.indent();
        v = s.value("transform");
        boolean upper = v != null ? v.asChoice("none", "uppercase").equals("uppercase") : inherit.uppercase();
        v = s.value("letter-spacing");
        double tracking = v != null ? Lengths.points(v) : inherit.letterSpacing();
        return new TextStyle(font, bold, italic, size, leading, color, background, align, before, after, indent,
                upper, tracking);
    }

    private static double positive(YamlValue value) {
        double points = Lengths.points(value);
        if (points <= 0 || points > 500) {
            throw value.error("expected a size between 0 and 500 points");
        }
        return points;
    }

    private static Color color(YamlValue value, Map<String, Color> colors) {
        String text = value.asString();
        Color named = colors.get(text);
        if (named != null) {
            return named;
        }
        Color hex = Color.parseHex(text);
        if (hex == null) {
            throw value.error("expected #rrggbb or a colour named in 'colors' (" + String.join(", ", colors.keySet()) + ")");
        }
        return hex;
    }
}
