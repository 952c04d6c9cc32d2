package org.briefing.render.text;

import org.briefing.model.HtmlText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.briefing.model.Code;
import org.briefing.model.Emphasis;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.PlainText;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Text;

/**
 * Turns inlines into styled spans for the terminal: links get a reference number, footnote references
 * a superscript number, and {@code \n} marks hard breaks. Control characters from the source are
 * replaced so that no input can send escape sequences to the terminal.
 */
final class InlineFlattener {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Work on the explicit stack: an inline in a style, or literal text to emit. */
    private record Step(Inline inline, String literal, int style) {
    }

    private final boolean ansi;
    private final LinkReferences links;

    InlineFlattener(boolean ansi, LinkReferences links) {
        this.ansi = ansi;
        this.links = links;
    }

    /** The spans of some inlines, every span carrying at least {@code baseStyle}. */
    List<Span> flatten(List<Inline> inlines, int baseStyle) {
        List<Span> spans = new ArrayList<>();
        // An explicit stack: inline nesting in hostile input can be thousands deep.
        Deque<Step> stack = new ArrayDeque<>();
        pushAll(stack, inlines, baseStyle);
        while (!stack.isEmpty()) {
            Step step = stack.pop();
            if (step.literal() != null) {
                spans.add(new Span(step.literal(), step.style()));
                continue;
            }
            Inline inline = step.inline();
            int style = step.style();
            if (inline instanceof Text t) {
                spans.add(new Span(clean(t.text()), style));
            } else if (inline instanceof Code c) {
                spans.add(new Span(clean(c.code()), style | AnsiStyle.CODE));
            } else if (inline instanceof Emphasis e) {
                pushAll(stack, e.content(), style | AnsiStyle.ITALIC);
            } else if (inline instanceof Strong s) {
                pushAll(stack, s.content(), style | AnsiStyle.BOLD);
            } else if (inline instanceof Strikethrough s) {
                // Without styles deleted text must still look deleted.
                String mark = ansi ? "" : "~~";
                stack.push(new Step(null, mark, style));
                pushAll(stack, s.content(), style | AnsiStyle.STRIKE);
                stack.push(new Step(null, mark, style));
            } else if (inline instanceof Link l) {
                String marker = referenceMarker(l);
                if (!marker.isEmpty()) {
                    stack.push(new Step(null, marker, style | AnsiStyle.DIM));
                }
                pushAll(stack, l.content(), style | AnsiStyle.UNDERLINE);
            } else if (inline instanceof Image img) {
                String alt = clean(img.alt()).strip();
                spans.add(new Span(alt.isEmpty() ? "[image]" : "[image: " + alt + "]", style | AnsiStyle.ITALIC));
            } else if (inline instanceof FootnoteRef ref) {
                spans.add(new Span(superscript(ref.number()), style & ~AnsiStyle.UNDERLINE));
            } else if (inline instanceof SoftBreak) {
                spans.add(new Span(" ", style));
            } else if (inline instanceof HardBreak) {
                spans.add(new Span("\n", style));
            } else if (inline instanceof RawHtml html) {
                spans.add(new Span(cleanKeepingBreaks(HtmlText.withBreaks(html.html())), style));
            }
        }
        return spans;
    }

    private static void pushAll(Deque<Step> stack, List<Inline> inlines, int style) {
        for (int i = inlines.size() - 1; i >= 0; i--) {
            stack.push(new Step(inlines.get(i), null, style));
        }
    }

    /** {@code [n]} for a link whose destination the text does not already show; empty otherwise. */
    private String referenceMarker(Link link) {
        String url = link.url();
        if (url.isEmpty() || url.startsWith("#")) {
            return "";
        }
        String shown = PlainText.of(link.content()).strip();
        if (shown.equals(url) || ("mailto:" + shown).equals(url)) {
            return "";
        }
        return "[" + links.number(url) + "]";
    }

    /** The number in superscript digits. */
    static String superscript(int number) {
        String digits = Integer.toString(number);
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** Text with line breaks as spaces, tabs as spaces and other control characters replaced. */
    static String clean(String text) {
        return cleanKeepingBreaks(text).replace('\n', ' ');
    }

    private static String cleanKeepingBreaks(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F;
            if (control || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(c == '\t' || c == '\r' ? ' ' : '\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
