package org.briefing.render.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers the link destinations in order of first use, so the same URL keeps one number. */
final class LinkReferences {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** The number of a URL, assigning the next one on first use. */
    int number(String url) {
        return numbers.computeIfAbsent(url, u -> numbers.size() + 1);
    }

    /** The URLs in number order. */
    List<String> urls() {
        return new ArrayList<>(numbers.keySet());
    }
}
