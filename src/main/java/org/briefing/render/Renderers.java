package org.briefing.render;

import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.briefing.model.InputException;

/** The renderers on the class path, found through {@link ServiceLoader}. */
public final class Renderers {
    private final TreeMap<String, Renderer> byFormat = new TreeMap<>();

    private Renderers(Iterable<Renderer> found) {
        for (Renderer renderer : found) {
            byFormat.putIfAbsent(renderer.format(), renderer);
        }
    }

    /** The renderers visible to this class's class loader. */
    public static Renderers discover() {
        return new Renderers(ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader()));
    }

    /** The known format names, sorted. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /** The renderer for a format; fails listing the known formats. */
    public Renderer get(String format) {
        Renderer renderer = byFormat.get(format);
        if (renderer == null) {
            throw new InputException("unknown format '" + format + "'; known formats: " + String.join(", ", formats()));
        }
        return renderer;
    }

    /** Whether a format is available. */
    public boolean has(String format) {
        return byFormat.containsKey(format);
    }
}
