package org.briefing.hyphen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The patterns and exceptions of one TeX hyphenation file ({@code \patterns{…}} and {@code \hyphenation{…}}).
 * A pattern such as {@code .ach4} is stored as its letters ({@code .ach}) and the digit values between them.
 */
final class HyphenationPatterns {
    private final Map<String, byte[]> patterns;
    private final Map<String, int[]> exceptions;
    private final int longestPattern;

    private HyphenationPatterns(Map<String, byte[]> patterns, Map<String, int[]> exceptions) {
        this.patterns = Map.copyOf(patterns);
        this.exceptions = Map.copyOf(exceptions);
        this.longestPattern = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
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

    static HyphenationPatterns parse(String tex) {
        String text = tex.replaceAll("%[^\n]*", "");
        Map<String, byte[]> patterns = new HashMap<>();
        for (String pattern : group(text, "\\patterns").split("\\s+")) {
            if (!pattern.isEmpty()) {
                addPattern(pattern, patterns);
            }
        }
        Map<String, int[]> exceptions = new HashMap<>();
        for (String word : group(text, "\\hyphenation").split("\\s+")) {
            if (!word.isEmpty()) {
                exceptions.put(word.replace("-", ""), exceptionPoints(word));
            }
        }
        return new HyphenationPatterns(patterns, exceptions);
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

    private static void addPattern(String pattern, Map<String, byte[]> patterns) {
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
