package org.briefing.style;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.yaml.YamlMap;
import org.briefing.yaml.YamlValue;

/**
 * A theme and the themes it extends, read as one: a key is looked up in the child first, then in
 * each parent. Each layer remembers its folder so that font paths resolve against the file that wrote them.
 */
final class ThemeLayers {
    /** A value and the folder of the theme file it came from. */
    record Found(YamlValue value, Path folder) {
    }

    private record Layer(YamlMap map, Path folder) {
    }

    private final List<Layer> layers;
    /** The theme files, child first, when these are a whole theme's layers (empty for a section). */
    private final List<Path> files;

    private ThemeLayers(List<Layer> layers) {
        this(layers, List.of());
    }

    private ThemeLayers(List<Layer> layers, List<Path> files) {
        this.layers = List.copyOf(layers);
        this.files = List.copyOf(files);
    }

    /** The theme files, child first (the child and the themes it extends). */
    List<Path> files() {
        return files;
    }

    static ThemeLayers of(List<YamlMap> childFirst, List<Path> files) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < childFirst.size(); i++) {
            layers.add(new Layer(childFirst.get(i), files.get(i).getParent()));
        }
        return new ThemeLayers(layers, files);
    }

    /** Fails at the first unknown key in any layer. */
    ThemeLayers requireOnly(Collection<String> allowed) {
        for (Layer layer : layers) {
            layer.map.requireOnly(allowed);
        }
        return this;
    }

    /** The nearest value of a key. */
    Optional<Found> find(String key) {
        for (Layer layer : layers) {
            Optional<YamlValue> value = layer.map.get(key);
            if (value.isPresent()) {
                return Optional.of(new Found(value.get(), layer.folder));
            }
        }
        return Optional.empty();
    }

    Optional<YamlValue> get(String key) {
        return Optional.ofNullable(value(key));
    }

    /** The nearest value of a key, or null: for the many lookups of a theme, without an Optional each. */
    YamlValue value(String key) {
        for (Layer layer : layers) {
            Optional<YamlValue> value = layer.map.get(key);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    /**
     * The nearest value written for a key, even an empty one ({@code key:} with nothing after it), for keys
     * listed by {@link #keys()}: those include keys whose value is empty, which must fail where they are.
     */
    YamlValue written(String key) {
        for (Layer layer : layers) {
            YamlValue value = layer.map.written(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** How near the child the key is set: 0 in the child itself, {@link Integer#MAX_VALUE} when in no layer. */
    int layerOf(String key) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).map.get(key).isPresent()) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The nested mapping under a key, merged across layers. */
    ThemeLayers sub(String key) {
        List<Layer> subs = new ArrayList<>();
        for (Layer layer : layers) {
            Optional<YamlValue> value = layer.map.get(key);
            if (value.isPresent()) {
                subs.add(new Layer(value.get().asMap(), layer.folder));
            }
        }
        return new ThemeLayers(subs);
    }

    /** Every key set in any layer, child's order first. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Layer layer : layers) {
            keys.addAll(layer.map.keys());
        }
        return keys;
    }

    boolean isEmpty() {
        return layers.isEmpty();
    }
}
