package org.briefing.corpus;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words (runs of letters and digits) a reader would see in an HTML fragment or in plain text. */
public final class VisibleWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** What a browser never shows: script, style, template and noscript content (an unclosed one runs to the end). */
    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<(script|style|template|noscript)\\b[^>]*>.*?(</\\1\\s*>|\\z)");

    private VisibleWords() {
    }

    /** Words of the HTML's text content (hidden elements and tags removed, entities decoded). */
    public static List<String> ofHtml(String html) {
        return of(Escaping.unescapeHtml(HIDDEN.matcher(html).replaceAll(" ").replaceAll("<[^>]*>", " ")));
    }

    /** Words of plain text. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The first word of {@code expected} missing from {@code actual} (as a multiset), or null. */
    public static String firstMissing(List<String> expected, String actual) {
        java.util.Map<String, Integer> have = new java.util.HashMap<>();
        for (String w : of(actual)) {
            have.merge(w, 1, Integer::sum);
        }
        for (String w : expected) {
            int n = have.getOrDefault(w, 0);
            if (n == 0) {
                // Words may be glued to neighbours in the output (e.g. "foo" inside "foobar"); accept a substring.
                if (!actual.contains(w)) {
                    return w;
                }
            } else {
                have.put(w, n - 1);
            }
        }
        return null;
    }
}
