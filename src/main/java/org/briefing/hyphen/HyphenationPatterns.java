package org.briefing.hyphen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The patterns and exceptions of one TeX hyphenation file ({@code \patterns{…}} and {@code \hyphenation{…}}).
 * A pattern such as {@code .ach4} is stored as its letters ({@code .ach}) and the digit values between them.
 */
final class HyphenationPatterns {
    private final Map<String, byte[]> patterns;
    private final Map<String, int[]> exceptions;
    private final int longestPattern;

    private HyphenationPatterns(Map<String, byte[]> patterns, Map<String, int[]> exceptions, int longestPattern) {
        // Wrapped, not copied: the maps are built here and never escape, and copying ~5,000 entries into
        // immutable maps was a measurable part of loading at start-up.
        this.patterns = Collections.unmodifiableMap(patterns);
        this.exceptions = Collections.unmodifiableMap(exceptions);
        this.longestPattern = longestPattern;
    }

    /** Loads a pattern file from the class path, e.g. {@code hyph-en-us.tex}. */
    static HyphenationPatterns load(String resource) {
        try (InputStream in = HyphenationPatterns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation patterns missing from the jar: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the TeX file in one pass over its characters. (Regular expressions to strip comments and split
     * words cost about 5% of the Java time of a cold seed-to-PDF run, most of it before they were compiled.)
     */
    static HyphenationPatterns parse(String tex) {
        String text = withoutComments(tex);
        Map<String, byte[]> patterns = new HashMap<>(8192);
        int longest = 0;
        for (String pattern : words(group(text, "\\patterns"))) {
            longest = Math.max(longest, addPattern(pattern, patterns));
        }
        Map<String, int[]> exceptions = new HashMap<>();
        for (String word : words(group(text, "\\hyphenation"))) {
            exceptions.put(word.replace("-", ""), exceptionPoints(word));
        }
        return new HyphenationPatterns(patterns, exceptions, longest);
    }

    /** The text with every {@code %} comment (to the end of its line) removed. */
    private static String withoutComments(String tex) {
        StringBuilder out = new StringBuilder(tex.length());
        int i = 0;
        while (i < tex.length()) {
            int percent = tex.indexOf('%', i);
            if (percent < 0) {
                out.append(tex, i, tex.length());
                break;
            }
            out.append(tex, i, percent);
            int newline = tex.indexOf('\n', percent);
            i = newline < 0 ? tex.length() : newline;
        }
        return out.toString();
    }

    /** The words of a text separated by what {@code \\s} matches (space, tab, line ends, form feed). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0;
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static String group(String text, String command) {
        int start = text.indexOf(command + "{");
        if (start < 0) {
            return "";
        }
        int open = start + command.length() + 1;
        int close = text.indexOf('}', open);
        return text.substring(open, close < 0 ? text.length() : close);
    }

    /** Adds a pattern such as {@code .ach4}; returns the number of its letters. */
    private static int addPattern(String pattern, Map<String, byte[]> patterns) {
        StringBuilder letters = new StringBuilder();
        byte[] values = new byte[pattern.length() + 1];
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c >= '0' && c <= '9') {
                values[letters.length()] = (byte) (c - '0');
            } else {
                letters.append(c);
            }
        }
        byte[] trimmed = new byte[letters.length() + 1];
        System.arraycopy(values, 0, trimmed, 0, trimmed.length);
        patterns.put(letters.toString(), trimmed);
        return letters.length();
    }

    /** Positions (character indexes) before which an exception word such as {@code ta-ble} may break. */
    static int[] exceptionPoints(String hyphenated) {
        int[] points = new int[hyphenated.length()];
        int count = 0;
        int letters = 0;
        for (int i = 0; i < hyphenated.length(); i++) {
            if (hyphenated.charAt(i) == '-') {
                points[count++] = letters;
            } else {
                letters++;
            }
        }
        return java.util.Arrays.copyOf(points, count);
    }

    byte[] pattern(String letters) {
        return patterns.get(letters);
    }

    int[] exception(String word) {
        return exceptions.get(word);
    }

    int longestPattern() {
        return longestPattern;
    }
}
