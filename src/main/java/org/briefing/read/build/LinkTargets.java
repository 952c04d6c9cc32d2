package org.briefing.read.build;

import java.util.Locale;
import java.util.Set;

/**
 * Decides, once for every renderer, which link targets may become live links: web addresses, mail
 * addresses, relative paths and {@code #fragments}. Any other scheme ({@code javascript:}, {@code data:},
 * {@code file:}, …) would run code or reach the reader's own files from a PDF or a book.
 */
final class LinkTargets {
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private LinkTargets() {
    }

    /**
     * Whether {@code url} may be followed. Like a browser, white space and control characters anywhere before
     * the colon are ignored, so {@code "java\tscript:"} still counts as the scheme {@code javascript}.
     */
    static boolean isSafe(String url) {
        String scheme = scheme(url);
        return scheme == null || SAFE_SCHEMES.contains(scheme);
    }

    /** The lower-case scheme of {@code url} with white space and controls dropped, or null for a relative one. */
    static String scheme(String url) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return name.isEmpty() ? "" : name.toString().toLowerCase(Locale.ROOT);
            }
            if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c)
                    || org.briefing.model.Characters.isDefaultIgnorable(c)) {
                continue;
            }
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
            name.append(c);
        }
        return null;
    }
}
