package org.briefing.hyphen;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the places where a word may be hyphenated, by Liang's algorithm. Thread-safe; results are cached
 * per word because running text repeats its words.
 */
public final class Hyphenator {
    /** Fewest letters before the first hyphen (TeX's \lefthyphenmin for English). */
    public static final int LEFT_MIN = 2;
    /** Fewest letters after the last hyphen (TeX's \righthyphenmin for English). */
    public static final int RIGHT_MIN = 3;
    /** Words shorter than this are never hyphenated. */
    public static final int MIN_WORD_LENGTH = 5;

    private static final Map<String, String> FILES = Map.of("en-us", "hyph-en-us.tex", "en-gb", "hyph-en-gb.tex");
    private static final Map<String, Hyphenator> LOADED = new ConcurrentHashMap<>();
    private static final int[] NONE = new int[0];

    private final HyphenationPatterns patterns;
    private final Map<String, int[]> userExceptions;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    private Hyphenator(HyphenationPatterns patterns, Map<String, int[]> userExceptions) {
        this.patterns = patterns;
        this.userExceptions = Map.copyOf(userExceptions);
    }

    /**
     * The hyphenator for a BCP 47 language tag ({@code en} and {@code en-US} use American patterns,
     * {@code en-GB} British ones), or empty when no patterns are bundled for the language.
     */
    public static Optional<Hyphenator> forLanguage(String lang) {
        String tag = lang.toLowerCase(Locale.ROOT).replace('_', '-');
        String key = tag.startsWith("en-gb") || tag.startsWith("en-uk") ? "en-gb" : tag.equals("en") || tag.startsWith("en-") ? "en-us" : null;
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(key,
                k -> new Hyphenator(HyphenationPatterns.load(FILES.get(k)), Map.of())));
    }

    /** This hyphenator with extra exception words written with hyphens, e.g. {@code Tsing-hua}. */
    public Hyphenator withExceptions(List<String> hyphenatedWords) {
        if (hyphenatedWords.isEmpty()) {
            return this;
        }
        Map<String, int[]> extra = new HashMap<>(userExceptions);
        for (String word : hyphenatedWords) {
            extra.put(word.replace("-", "").toLowerCase(Locale.ROOT), HyphenationPatterns.exceptionPoints(word));
        }
        return new Hyphenator(patterns, extra);
    }

    /**
     * The character indexes before which {@code word} may take a hyphen, ascending. Only plain words of
     * letters are hyphenated: anything with digits, punctuation or in ALL CAPS (acronyms, proper nouns set
     * in capitals) gets none.
     */
    public int[] points(String word) {
        if (word.length() < MIN_WORD_LENGTH || !isHyphenatable(word)) {
            return NONE;
        }
        return cache.computeIfAbsent(word, w -> compute(w.toLowerCase(Locale.ROOT))).clone();
    }

    /** The word with {@code -} at every hyphenation point, for tests and reports. */
    public String hyphenate(String word) {
        StringBuilder out = new StringBuilder(word);
        int[] points = points(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], '-');
        }
        return out.toString();
    }

    private int[] compute(String lower) {
        int[] exception = userExceptions.getOrDefault(lower, patterns.exception(lower));
        if (exception != null) {
            return exception;
        }
        String dotted = "." + lower + ".";
        byte[] values = new byte[dotted.length() + 1];
        int longest = patterns.longestPattern();
        for (int start = 0; start < dotted.length(); start++) {
            int maxEnd = Math.min(dotted.length(), start + longest);
            for (int end = start + 1; end <= maxEnd; end++) {
                byte[] pattern = patterns.pattern(dotted.substring(start, end));
                if (pattern != null) {
                    for (int k = 0; k < pattern.length; k++) {
                        values[start + k] = (byte) Math.max(values[start + k], pattern[k]);
                    }
                }
            }
        }
        int[] points = new int[lower.length()];
        int count = 0;
        // values[i + 1] sits between dotted[i] and dotted[i + 1], i.e. before word character i.
        for (int i = LEFT_MIN; i <= lower.length() - RIGHT_MIN; i++) {
            if ((values[i + 1] & 1) == 1) {
                points[count++] = i;
            }
        }
        return Arrays.copyOf(points, count);
    }

    private static boolean isHyphenatable(String word) {
        boolean hasLower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            hasLower |= Character.isLowerCase(c);
        }
        return hasLower;
    }
}
