package org.briefing.read.build;

import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.HtmlText;

/**
 * Inline raw HTML arrives one tag at a time, so the text inside {@code <script>…</script>} (and style,
 * template, noscript) would reach the model as ordinary text and be printed. This finds such an element's
 * closing tag among the following siblings, so that the reader skips what lies between.
 */
final class HiddenHtml {
    private static final Pattern OPEN = Pattern.compile("(?i)<\\s*(" + HtmlText.HIDDEN_ELEMENTS + ")\\b[^>]*>");

    private HiddenHtml() {
    }

    /** Whether {@code node} is the opening tag of an element whose content is never shown. */
    static boolean opens(Node node) {
        if (!(node instanceof HtmlInlineBase)) {
            return false;
        }
        String tag = node.getChars().toString().strip();
        return OPEN.matcher(tag).matches() && !tag.endsWith("/>");
    }

    /** The sibling that closes the element {@code opening} starts, or null when none does (all the rest is hidden). */
    static Node closing(Node opening) {
        Matcher open = OPEN.matcher(opening.getChars().toString().strip());
        open.matches();
        Pattern close = Pattern.compile("(?i)</\\s*" + Pattern.quote(open.group(1)) + "\\s*>");
        for (Node next = opening.getNext(); next != null; next = next.getNext()) {
            if (next instanceof HtmlInlineBase && close.matcher(next.getChars().toString().strip()).matches()) {
                return next;
            }
        }
        return null;
    }
}
