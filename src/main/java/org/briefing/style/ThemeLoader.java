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
import org.briefing.model.InputFiles;
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

    private static final Set<String> TOP_KEYS = Set.of("extends", "page", "fonts", "colors", "roles", "footnotes",
            "typography", "figures", "tables", "contents");
    private static final Set<String> TYPOGRAPHY_KEYS = Set.of("hyphenate", "hyphenation-exceptions", "widows",
            "orphans", "optical-margins", "balance-last-page", "keep-table-rows", "keep-code-lines");
    private static final Set<String> CONTENTS_KEYS = Set.of("toc");
    private static final Set<String> FONT_KEYS = Set.of("families", "fallback");
    private static final Set<String> FACE_KEYS = Set.of("regular", "bold", "italic", "bold-italic");
    private static final Set<String> STYLE_KEYS = Set.of("font", "weight", "style", "size", "leading", "color",
            "background", "align", "space-before", "space-after", "indent", "transform", "letter-spacing",
            "break-before");

    // Ranges for the theme's numbers (issue 15): the PDF and EPUB are only as sound as the values they carry.
    static final double MIN_SIZE = 2;
    private static final double MAX_SIZE = 200;
    private static final double MAX_LEADING = 400;
    private static final double MAX_SPACE = 500;
    private static final double MAX_INDENT = 200;
    private static final double MIN_TRACKING = -2;
    private static final double MAX_TRACKING = 20;
    private static final int MAX_FALLBACK_FONTS = 16;
    private static final int MAX_EXCEPTIONS = 1000;
    private static final int MAX_WORD = 100;
    private static final int MAX_KEEP = 1000;

    private final Path stylesDir;
    private final Path bundledDir;

    /** A loader that finds named themes in {@code stylesDir}. */
    public ThemeLoader(Path stylesDir) {
        this(stylesDir, null);
    }

    /**
     * A loader that finds named themes in {@code stylesDir}, then in {@code bundledDir} (the themes shipped with
     * the program; null for none).
     */
    public ThemeLoader(Path stylesDir, Path bundledDir) {
        this.stylesDir = stylesDir;
        this.bundledDir = bundledDir == null || bundledDir.equals(stylesDir) ? null : bundledDir;
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
     * Loads a theme by name ({@code memo} → {@code styles/memo.yaml}, else the bundled one) or by path (anything
     * with a slash or ending in {@code .yaml}): a path is what the user typed, so it may lie anywhere.
     */
    public Theme load(String nameOrPath) {
        Path file = resolve(nameOrPath);
        ThemeLayers theme = ThemeChain.read(file, themeFolders(), TOP_KEYS);
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        return build(name, file, theme);
    }

    /** Where named themes are looked up, in order: the styles folder, then the bundled themes. */
    private List<Path> themeFolders() {
        return bundledDir == null ? List.of(stylesDir) : List.of(stylesDir, bundledDir);
    }

    private Path resolve(String nameOrPath) {
        if (isPath(nameOrPath)) {
            Path path = Path.of(nameOrPath);
            if (!Files.exists(path)) {
                throw new InputException("no theme file " + path);
            }
            // A folder or FIFO given as the theme is named for what it is, not as missing.
            InputFiles.requireRegular(path, path.toString());
            return path;
        }
        for (Path folder : themeFolders()) {
            Path path = folder.resolve(nameOrPath + ".yaml");
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        List<String> known = available();
        throw new InputException("no theme '" + nameOrPath + "' (looked for " + stylesDir.resolve(nameOrPath + ".yaml")
                + "); available: " + (known.isEmpty() ? "none in " + stylesDir : String.join(", ", known)));
    }

    private static boolean isPath(String ref) {
        return ref.contains("/") || ref.contains("\\") || ref.endsWith(".yaml") || ref.endsWith(".yml");
    }

    private static Theme build(String name, Path file, ThemeLayers theme) {
        PageSetup page = PageSection.read(theme);
        ThemeLayers fonts = theme.sub("fonts").requireOnly(FONT_KEYS);
        Map<String, FontFamily> families = families(fonts.sub("families"), file);
        List<Path> fallback = new ArrayList<>();
        ThemeLayers.Found fallbackList = fonts.find("fallback").orElse(null);
        if (fallbackList != null) {
            List<YamlValue> items = fallbackList.value().asList();
            if (items.size() > MAX_FALLBACK_FONTS) {
                throw fallbackList.value().error("expected at most " + MAX_FALLBACK_FONTS + " fallback fonts, found "
                        + items.size());
            }
            for (YamlValue item : items) {
                fallback.add(fontFile(item, fallbackList.folder()));
            }
        }
        Map<String, Color> colors = colors(theme.sub("colors"));
        Map<Role, TextStyle> roles = roles(theme.sub("roles"), families, colors, page);
        Color accent = colors.getOrDefault("accent", Color.BLACK);
        Color rule = colors.getOrDefault("rule", new Color(0x99, 0x99, 0x99));
        YamlValue footnotesValue = theme.value("footnotes");
        Theme.FootnotePlacement footnotes = footnotesValue == null ? Theme.FootnotePlacement.PAGE
                : Theme.FootnotePlacement.valueOf(footnotesValue.asChoice("page", "end").toUpperCase(java.util.Locale.ROOT));
        YamlValue toc = theme.sub("contents").requireOnly(CONTENTS_KEYS).value("toc");
        return new Theme(name, file, page, families, fallback, roles, accent, rule, footnotes,
                typography(theme.sub("typography").requireOnly(TYPOGRAPHY_KEYS)),
                CompositionSections.figures(theme), CompositionSections.tables(theme, roles.get(Role.TABLE)),
                toc != null && toc.asBoolean(),
                theme.files().subList(1, theme.files().size()));
    }

    private static Typography typography(ThemeLayers t) {
        Typography d = Typography.DEFAULT;
        YamlValue v = t.value("hyphenate");
        boolean hyphenate = v != null ? v.asBoolean() : d.hyphenate();
        YamlValue exceptionsValue = t.value("hyphenation-exceptions");
        List<String> exceptions = exceptionsValue != null ? exceptionsValue.asStringList() : d.hyphenationExceptions();
        if (exceptions.size() > MAX_EXCEPTIONS) {
            throw exceptionsValue.error("expected at most " + MAX_EXCEPTIONS + " words, found " + exceptions.size());
        }
        for (String word : exceptions) {
            if (word.isBlank() || hasWhitespace(word) || word.length() > MAX_WORD) {
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
        v = t.value("keep-table-rows");
        int tableRows = v != null ? keepCount(v) : d.keepTableRows();
        v = t.value("keep-code-lines");
        int codeLines = v != null ? keepCount(v) : d.keepCodeLines();
        return new Typography(hyphenate, exceptions, widows, orphans, optical, balance, tableRows, codeLines);
    }

    private static int keepCount(YamlValue value) {
        int n = value.asInt();
        if (n < 0 || n > MAX_KEEP) {
            throw value.error("expected a number from 0 (never keep) to " + MAX_KEEP);
        }
        return n;
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
                throw families.written(family).error("font family '" + family + "' has no 'regular' face");
            }
            result.put(family, new FontFamily(family, files.get("regular"), files.get("bold"),
                    files.get("italic"), files.get("bold-italic")));
        }
        if (result.isEmpty()) {
            throw InputException.at(file.toString(), 1, 1, "the theme declares no font families (fonts.families)");
        }
        return result;
    }

    private static Path fontFile(YamlValue value, Path folder) {
        String ref = value.asString();
        Path path = folder.resolve(ref).normalize();
        if (!path.startsWith(folder.normalize())) {
            throw value.error("font files must lie inside the theme's folder: " + ref);
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A folder or FIFO is named for what it is, at the theme key (TrueTypeCheck never opens it).
            throw value.error("font file " + path + " is not a regular file (a folder, pipe, device or socket)");
        }
        if (!Files.isRegularFile(path)) {
            throw value.error("font file not found: " + path);
        }
        String lower = ref.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".ttf") || lower.endsWith(".ttc"))) {
            throw value.error("fonts must be TrueType (.ttf or .ttc); CFF-flavoured .otf cannot be subset");
        }
        String problem = TrueTypeCheck.problem(path);
        if (problem != null) {
            throw value.error(ref + " " + problem);
        }
        return path;
    }

    private static Map<String, Color> colors(ThemeLayers colors) {
        Map<String, Color> result = new TreeMap<>();
        for (String key : colors.keys()) {
            YamlValue value = colors.written(key);
            Color color = Color.parseHex(value.asString());
            if (color == null) {
                throw value.error("expected a colour such as #1a1a1a");
            }
            result.put(key, color);
        }
        return result;
    }

    private static Map<Role, TextStyle> roles(ThemeLayers roles, Map<String, FontFamily> families,
                                              Map<String, Color> colors, PageSetup page) {
        roles.requireOnly(Role.keys());
        TextStyle defaults = new TextStyle(families.keySet().iterator().next(), false, false, 10, 13,
                Color.BLACK, null, Align.LEFT, 0, 0, 0, false, 0, BreakBefore.AUTO);
        TextStyle body = style(roles.sub("body"), defaults, defaults, families, colors, page);
        Map<Role, TextStyle> result = new EnumMap<>(Role.class);
        result.put(Role.BODY, body);
        for (Role role : Role.values()) {
            if (role != Role.BODY) {
                result.put(role, style(roles.sub(role.key()), body, defaults, families, colors, page));
            }
        }
        return result;
    }

    /** Inherits font, weight, style, size, colour, alignment and transform from body; spacing does not inherit. */
    private static TextStyle style(ThemeLayers s, TextStyle inherit, TextStyle defaults,
                                   Map<String, FontFamily> families, Map<String, Color> colors, PageSetup page) {
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
        YamlValue sizeValue = s.value("size");
        double size = sizeValue != null ? Lengths.points(sizeValue, MIN_SIZE, MAX_SIZE) : inherit.size();
        v = s.value("leading");
        // A line taller than the text area would never fit on a page.
        double maxLeading = Math.min(MAX_LEADING, page.textHeight());
        double leading = v != null ? Lengths.points(v, MIN_SIZE, maxLeading) : size * inherit.leading() / inherit.size();
        if (leading > maxLeading && sizeValue != null) {
            throw sizeValue.error("a size of " + Lengths.format(size) + " pt makes lines " + Lengths.format(leading)
                    + " pt tall, more than the " + Lengths.format(maxLeading) + " pt the text area holds");
        }
        v = s.value("color");
        Color color = v != null ? color(v, colors) : inherit.color();
        v = s.value("background");
        Color background = v != null ? color(v, colors) : defaults.background();
        v = s.value("align");
        Align align = v != null ? Align.valueOf(v.asChoice("left", "right", "center", "justify")
                .toUpperCase(java.util.Locale.ROOT)) : inherit.align();
        v = s.value("space-before");
        double before = v != null ? Lengths.points(v, 0, MAX_SPACE) : defaults.spaceBefore();
        v = s.value("space-after");
        double after = v != null ? Lengths.points(v, 0, MAX_SPACE) : defaults.spaceAfter();
        v = s.value("indent");
        // Indents add up as blocks nest; a third of the column each leaves room for words at any depth.
        double indent = v != null ? Lengths.points(v, 0, Math.min(MAX_INDENT, Math.floor(page.textWidth() / 3)))
                : defaults.indent();
        v = s.value("transform");
        boolean upper = v != null ? v.asChoice("none", "uppercase").equals("uppercase") : inherit.uppercase();
        v = s.value("letter-spacing");
        double tracking = v != null ? Lengths.points(v, MIN_TRACKING, MAX_TRACKING) : inherit.letterSpacing();
        v = s.value("break-before");
        BreakBefore breakBefore = v != null ? BreakBefore.valueOf(v.asChoice("auto", "page", "right")
                .toUpperCase(java.util.Locale.ROOT)) : defaults.breakBefore();
        return new TextStyle(font, bold, italic, size, leading, color, background, align, before, after, indent,
                upper, tracking, breakBefore);
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
