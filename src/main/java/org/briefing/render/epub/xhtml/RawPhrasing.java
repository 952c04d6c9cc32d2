package org.briefing.render.epub.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline raw HTML comes one tag at a time. This pairs the opening and closing tags of a small set of
 * harmless phrasing elements ({@code <sub>}, {@code <kbd>}, …) into elements, without attributes but
 * {@code lang}; a
 * closing tag closes its element and those opened inside it, a closing tag with no open element is
 * ignored, and whatever is left open is closed with its container, so the output stays well-formed
 * whatever the source does.
 */
final class RawPhrasing {
    private static final Set<String> ALLOWED = Set.of("abbr", "b", "cite", "code", "del", "dfn", "em", "i", "ins",
            "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var");
    private static final Set<String> BOLD = Set.of("b", "strong");
    private static final Set<String> ITALIC = Set.of("cite", "dfn", "em", "i", "var");
    private static final Set<String> MONO = Set.of("code", "kbd", "samp");
    private static final Pattern OPEN = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?>");
    /** A {@code lang} attribute's value, quoted or not; only a well-formed BCP 47 tag is kept. */
    private static final Pattern LANG = Pattern.compile("(?i)\\slang\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>/]+))");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern CLOSE = Pattern.compile("</([a-zA-Z][a-zA-Z0-9]*)\\s*>");

    private record Open(String tag, int depth) {
    }

    private final XhtmlWriter out;
    private final Deque<Open> open = new ArrayDeque<>();

    RawPhrasing(XhtmlWriter out) {
        this.out = out;
    }

    /**
     * Handles a tag: opens an allowed element (when {@code mayOpen}), closes the matching innermost one, or
     * ignores it. Returns false when {@code html} is not a single opening or closing tag.
     */
    boolean tag(String html, boolean mayOpen) {
        String tag = html.strip();
        Matcher opening = OPEN.matcher(tag);
        if (opening.matches()) {
            String name = opening.group(1).toLowerCase(Locale.ROOT);
            if (mayOpen && ALLOWED.contains(name) && !tag.endsWith("/>")) {
                String lang = lang(tag);
                // The language is the one attribute kept: it tells a reading system how to speak and hyphenate.
                if (lang == null) {
                    out.start(name);
                } else {
                    out.start(name, "lang", lang, "xml:lang", lang);
                }
                open.push(new Open(name, out.depth()));
            }
            return true;
        }
        Matcher closing = CLOSE.matcher(tag);
        if (closing.matches()) {
            String name = closing.group(1).toLowerCase(Locale.ROOT);
            // Like a browser, a closing tag also closes the raw elements opened after its own; but never
            // across an element that is not raw (markup from the model is closed by its own code).
            int expected = out.depth();
            for (Open candidate : open) {
                if (candidate.depth() != expected) {
                    break;
                }
                if (candidate.tag().equals(name)) {
                    closeAbove(candidate.depth() - 1);
                    break;
                }
                expected--;
            }
            return true;
        }
        return false;
    }

    /** The opening tag's {@code lang} value when it is a well-formed language tag, else null. */
    private static String lang(String tag) {
        Matcher m = LANG.matcher(tag);
        if (!m.find()) {
            return null;
        }
        String value = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).strip();
        return LANGUAGE_TAG.matcher(value).matches() ? value : null;
    }

    /** Closes the raw elements still open deeper than {@code depth}. */
    void closeAbove(int depth) {
        while (!open.isEmpty() && open.peek().depth() > depth) {
            open.pop();
        }
        out.endTo(depth);
    }

    /** How many raw elements are open. */
    int depth() {
        return open.size();
    }

    boolean bold() {
        return open.stream().anyMatch(o -> BOLD.contains(o.tag()));
    }

    boolean italic() {
        return open.stream().anyMatch(o -> ITALIC.contains(o.tag()));
    }

    boolean mono() {
        return open.stream().anyMatch(o -> MONO.contains(o.tag()));
    }
}
