package org.briefing.style;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.model.InputException;
import org.briefing.model.InputFiles;
import org.briefing.yaml.Utf8Text;
import org.briefing.yaml.YamlMap;
import org.briefing.yaml.YamlParser;
import org.briefing.yaml.YamlValue;

/**
 * Reads a theme file and the themes it {@code extends}, child first. {@code extends} names a theme — never a
 * path — looked up in the theme's own folder, then in the theme folders given (the project's {@code styles/},
 * the bundled themes): a theme handed over by someone else must not read other files on the machine.
 */
final class ThemeChain {
    private static final int MAX_DEPTH = 16;
    /** Generous for a theme (the bundled one is 5 KB), small enough that reading one is never a memory risk. */
    private static final long MAX_THEME_BYTES = 1 << 20;
    private static final Pattern THEME_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private ThemeChain() {
    }

    /** The theme in {@code file} and its ancestors, checked against {@code topKeys}. */
    static ThemeLayers read(Path file, List<Path> themeFolders, Set<String> topKeys) {
        List<YamlMap> layers = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        Path current = file.toAbsolutePath().normalize();
        YamlValue via = null;
        while (current != null) {
            if (seen.contains(current)) {
                throw via.error("themes extend each other in a circle: " + names(seen) + " → " + name(current));
            }
            if (seen.size() >= MAX_DEPTH) {
                throw via.error("the 'extends' chain is longer than " + MAX_DEPTH + " themes");
            }
            seen.add(current);
            YamlMap map = parse(current);
            map.requireOnly(topKeys);
            layers.add(map);
            files.add(current);
            Optional<YamlValue> parent = map.get("extends");
            via = parent.orElse(null);
            current = via == null ? null : parent(via, current, themeFolders);
        }
        return ThemeLayers.of(layers, files);
    }

    /** The file of the theme named by an {@code extends} value in {@code child}. */
    private static Path parent(YamlValue value, Path child, List<Path> themeFolders) {
        String ref = value.asString().trim();
        String name = ref.endsWith(".yaml") ? ref.substring(0, ref.length() - 5) : ref;
        if (!THEME_NAME.matcher(name).matches()) {
            throw value.error("names a theme (such as memo) in this theme's folder, the project's styles/ or the"
                    + " bundled themes; paths are not allowed");
        }
        List<Path> folders = new ArrayList<>();
        folders.add(child.getParent());
        for (Path folder : themeFolders) {
            Path normal = folder.toAbsolutePath().normalize();
            if (!folders.contains(normal)) {
                folders.add(normal);
            }
        }
        for (Path folder : folders) {
            Path candidate = folder.resolve(name + ".yaml");
            // A theme extending its namesake (a project's memo.yaml extending the bundled memo) skips itself.
            if (candidate.equals(child) || !Files.isRegularFile(candidate)) {
                continue;
            }
            if (!insideFolder(candidate, folder)) {
                throw value.error("theme '" + name + "' is a link to a file outside " + folder);
            }
            return candidate;
        }
        throw value.error("no theme '" + name + "' (looked in " + String.join(", ",
                folders.stream().map(Path::toString).toList()) + ")");
    }

    private static boolean insideFolder(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static YamlMap parse(Path file) {
        // Only a regular file, bounded: a FIFO named as a theme (or as its parent) must not block the run.
        byte[] bytes = InputFiles.readRegular(file, file.toString(), MAX_THEME_BYTES);
        String text = Utf8Text.decode(bytes, file.toString());
        Optional<YamlValue> root = YamlParser.parse(text, file.toString(), 0);
        if (root.isEmpty()) {
            throw InputException.at(file.toString(), 1, 1, "the theme is empty");
        }
        if (!root.get().isMap()) {
            // Not quoted: a file that is not a theme at all is not printed back.
            throw InputException.at(file.toString(), root.get().line(), root.get().column(),
                    "not a theme: a theme is YAML 'key: value' lines");
        }
        return root.get().asMap();
    }

    private static String names(List<Path> files) {
        return String.join(" → ", files.stream().map(ThemeChain::name).toList());
    }

    private static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.yaml$", "");
    }
}
