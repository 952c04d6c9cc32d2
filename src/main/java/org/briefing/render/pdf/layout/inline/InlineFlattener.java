package org.briefing.render.pdf.layout.inline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.briefing.model.Code;
import org.briefing.model.Emphasis;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.HtmlText;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Text;

/** Turns nested inlines into a flat list of {@link Span}s, with an explicit stack (nesting is unbounded). */
public final class InlineFlattener {
    private InlineFlattener() {
    }

    private record Frame(Inline inline, boolean bold, boolean italic, boolean strike, String link) {
    }

    /** The spans of the inlines, in reading order. */
    public static List<Span> flatten(List<Inline> inlines) {
        List<Span> spans = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = inlines.size() - 1; i >= 0; i--) {
            stack.push(new Frame(inlines.get(i), false, false, false, null));
        }
        // Languages of the open <span lang="…"> tags; raw HTML tags are siblings of the text they wrap.
        Deque<String> langs = new ArrayDeque<>();
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            Inline in = f.inline();
            int before = spans.size();
            if (in instanceof RawHtml html) {
                trackLang(langs, html.html());
            }
            if (in instanceof Emphasis e) {
                pushAll(stack, e.content(), f.bold(), !f.italic(), f.strike(), f.link());
            } else if (in instanceof Strong s) {
                pushAll(stack, s.content(), true, f.italic(), f.strike(), f.link());
            } else if (in instanceof Strikethrough s) {
                pushAll(stack, s.content(), f.bold(), f.italic(), true, f.link());
            } else if (in instanceof Link l) {
                pushAll(stack, l.content(), f.bold(), f.italic(), f.strike(), l.url());
            } else if (in instanceof Text t) {
                spans.add(new Span(Span.Kind.TEXT, t.text(), f.bold(), f.italic(), f.strike(), f.link(), 0));
            } else if (in instanceof Code c) {
                spans.add(new Span(Span.Kind.CODE, c.code(), f.bold(), f.italic(), f.strike(), f.link(), 0));
            } else if (in instanceof SoftBreak) {
                spans.add(new Span(Span.Kind.TEXT, " ", f.bold(), f.italic(), f.strike(), f.link(), 0));
            } else if (in instanceof HardBreak) {
                spans.add(new Span(Span.Kind.LINE_BREAK, "", false, false, false, null, 0));
            } else if (in instanceof FootnoteRef r) {
                spans.add(new Span(Span.Kind.FOOTNOTE_REF, Integer.toString(r.number()), false, false, false,
                        null, r.number()));
            } else if (in instanceof Image img) {
                String alt = img.alt().isBlank() ? img.src() : img.alt();
                // A remote image is never fetched: its alt text links to it instead.
                String link = f.link() == null && img.isRemote() ? img.src() : f.link();
                // Drawn once loaded (BlockLayouter); until then, and if it cannot be, its alt text shows.
                spans.add(new Span(Span.Kind.IMAGE, "[" + alt + "]", f.bold(), true, f.strike(), link, 0, "",
                        new InlineImage(img, null, 0, f.link())));
            } else if (in instanceof RawHtml html) {
                addHtml(spans, html.html(), f);
            }
            String lang = langs.isEmpty() ? "" : langs.peek();
            for (int k = before; k < spans.size() && !lang.isEmpty(); k++) {
                spans.set(k, spans.get(k).withLang(lang));
            }
        }
        return spans;
    }

    private static final java.util.regex.Pattern SPAN_OPEN = java.util.regex.Pattern.compile(
            "(?i)^<span\\b[^>]*>$");
    private static final java.util.regex.Pattern LANG = java.util.regex.Pattern.compile(
            "(?i)\\blang\\s*=\\s*[\"']?([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)");

    private static void trackLang(Deque<String> langs, String html) {
        String tag = html.strip();
        if (SPAN_OPEN.matcher(tag).matches()) {
            java.util.regex.Matcher m = LANG.matcher(tag);
            // Each entry is the language in effect inside that span (a span without lang inherits).
            langs.push(m.find() ? m.group(1) : langs.isEmpty() ? "" : langs.peek());
        } else if (tag.equalsIgnoreCase("</span>") && !langs.isEmpty()) {
            langs.pop();
        }
    }

    private static void addHtml(List<Span> spans, String html, Frame f) {
        if (HtmlText.isLineBreak(html)) {
            spans.add(new Span(Span.Kind.LINE_BREAK, "", false, false, false, null, 0));
            return;
        }
        String text = HtmlText.of(html);
        if (!text.isEmpty()) {
            spans.add(new Span(Span.Kind.TEXT, text, f.bold(), f.italic(), f.strike(), f.link(), 0));
        }
    }

    private static void pushAll(Deque<Frame> stack, List<Inline> children, boolean bold, boolean italic,
                                boolean strike, String link) {
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(new Frame(children.get(i), bold, italic, strike, link));
        }
    }
}
