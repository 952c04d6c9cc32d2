package org.briefing.render.epub.style;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which font faces the book's text is set in, and which characters each face has to show. Filled
 * while the content documents are written; read to decide which fonts to embed and to subset.
 */
public final class FaceUsage {
    /** A face of a theme font family. */
    public record Face(String family, boolean bold, boolean italic) {
    }

    private static final Comparator<Face> ORDER = Comparator.comparing(Face::family)
            .thenComparing(Face::bold).thenComparing(Face::italic);

    private final Map<Face, Set<Integer>> chars = new TreeMap<>(ORDER);

    /** Notes that {@code text} is shown in a face. */
    public void record(Face face, String text) {
        Set<Integer> set = chars.computeIfAbsent(face, f -> new TreeSet<>());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(set::add);
    }

    /** The faces used, in a fixed order, each with the characters set in it. */
    public Map<Face, Set<Integer>> faces() {
        return Collections.unmodifiableMap(chars);
    }
}
