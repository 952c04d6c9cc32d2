package org.briefing.render.epub.style;

import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which font faces the book's text is set in, and which characters each face has to show. Filled
 * while the content documents are written; read to decide which fonts to embed and to subset.
 * Characters are kept in a bit set per face: every character of the book passes through here, and
 * boxing each into a sorted set was a measurable part of writing a long book (profile).
 */
public final class FaceUsage {
    /** A face of a theme font family. */
    public record Face(String family, boolean bold, boolean italic) {
    }

    private static final Comparator<Face> ORDER = Comparator.comparing(Face::family)
            .thenComparing(Face::bold).thenComparing(Face::italic);

    private final Map<Face, BitSet> chars = new TreeMap<>(ORDER);

    /** Notes that {@code text} is shown in a face. */
    public void record(Face face, String text) {
        BitSet set = chars.computeIfAbsent(face, f -> new BitSet());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                set.set(cp);
            }
            i += Character.charCount(cp);
        }
    }

    /** The faces used, in a fixed order, each with the characters set in it, in ascending order. */
    public Map<Face, Set<Integer>> faces() {
        Map<Face, Set<Integer>> faces = new LinkedHashMap<>();
        chars.forEach((face, set) -> {
            Set<Integer> sorted = new TreeSet<>();
            set.stream().forEach(sorted::add);
            faces.put(face, Collections.unmodifiableSet(sorted));
        });
        return Collections.unmodifiableMap(faces);
    }
}
