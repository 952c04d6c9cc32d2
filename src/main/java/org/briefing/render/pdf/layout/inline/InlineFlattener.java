package org.briefing.render.pdf.layout.inline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Code;
import org.briefing.model.Emphasis;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.HtmlText;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.InlineVisitor;
import org.briefing.model.Link;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Text;

/** Turns nested inlines into a flat list of {@link Span}s, with an explicit stack (nesting is unbounded). */
public final class InlineFlattener {
    private static final Pattern SPAN_OPEN = Pattern.compile("(?i)^<span\\b[^>]*>$");
    private static final Pattern LANG = Pattern.compile(
            "(?i)\\blang\\s*=\\s*[\"']?([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)");

    private InlineFlattener() {
    }

    /** The spans of the inlines, in reading order. */
    public static List<Span> flatten(List<Inline> inlines) {
        Walk walk = new Walk();
        walk.pushAll(inlines, false, false, false, null);
        return walk.run();
    }

    /** An inline waiting on the stack, with the markup around it resolved. */
    private record Pending(Inline inline, boolean bold, boolean italic, boolean strike, String link) {
    }

    /** Takes inlines off the stack one at a time: containers push their children, the rest add spans. */
    private static final class Walk implements InlineVisitor<Void> {
        private final List<Span> spans = new ArrayList<>();
        private final Deque<Pending> stack = new ArrayDeque<>();
        /** Languages of the open <span lang="…"> tags; raw HTML tags are siblings of the text they wrap. */
        private final Deque<String> langs = new ArrayDeque<>();
        /** The inline being visited. */
        private Pending at;

        List<Span> run() {
            while (!stack.isEmpty()) {
                at = stack.pop();
                int before = spans.size();
                at.inline().accept(this);
                String lang = langs.isEmpty() ? "" : langs.peek();
                for (int k = before; k < spans.size() && !lang.isEmpty(); k++) {
                    spans.set(k, spans.get(k).withLang(lang));
                }
            }
            return spans;
        }

        void pushAll(List<Inline> children, boolean bold, boolean italic, boolean strike, String link) {
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new Pending(children.get(i), bold, italic, strike, link));
            }
        }

        @Override
        public Void emphasis(Emphasis e) {
            pushAll(e.content(), at.bold(), !at.italic(), at.strike(), at.link());
            return null;
        }

        @Override
        public Void strong(Strong s) {
            pushAll(s.content(), true, at.italic(), at.strike(), at.link());
            return null;
        }

        @Override
        public Void strikethrough(Strikethrough s) {
            pushAll(s.content(), at.bold(), at.italic(), true, at.link());
            return null;
        }

        @Override
        public Void link(Link l) {
            pushAll(l.content(), at.bold(), at.italic(), at.strike(), l.url());
            return null;
        }

        @Override
        public Void text(Text t) {
            return add(Span.Kind.TEXT, t.text());
        }

        @Override
        public Void code(Code c) {
            return add(Span.Kind.CODE, c.code());
        }

        @Override
        public Void softBreak(SoftBreak softBreak) {
            return add(Span.Kind.TEXT, " ");
        }

        @Override
        public Void hardBreak(HardBreak hardBreak) {
            return addLineBreak();
        }

        @Override
        public Void footnoteRef(FootnoteRef r) {
            spans.add(new Span(Span.Kind.FOOTNOTE_REF, Integer.toString(r.number()), false, false, false, null,
                    r.number(), "", null));
            return null;
        }

        @Override
        public Void image(Image img) {
            String alt = img.alt().isBlank() ? img.src() : img.alt();
            // A remote image is never fetched: its alt text links to it instead.
            String link = at.link() == null && img.isRemote() ? img.src() : at.link();
            // Drawn once loaded (flow's inline image loader); until then, and if it cannot be, its alt text shows.
            spans.add(new Span(Span.Kind.IMAGE, "[" + alt + "]", at.bold(), true, at.strike(), link, 0, "",
                    new InlineImage(img, null, 0, at.link())));
            return null;
        }

        @Override
        public Void rawHtml(RawHtml html) {
            trackLang(html.html());
            if (HtmlText.isLineBreak(html.html())) {
                return addLineBreak();
            }
            String text = HtmlText.of(html.html());
            return text.isEmpty() ? null : add(Span.Kind.TEXT, text);
        }

        private Void add(Span.Kind kind, String text) {
            spans.add(new Span(kind, text, at.bold(), at.italic(), at.strike(), at.link(), 0, "", null));
            return null;
        }

        private Void addLineBreak() {
            spans.add(new Span(Span.Kind.LINE_BREAK, "", false, false, false, null, 0, "", null));
            return null;
        }

        private void trackLang(String html) {
            String tag = html.strip();
            if (SPAN_OPEN.matcher(tag).matches()) {
                Matcher m = LANG.matcher(tag);
                // Each entry is the language in effect inside that span (a span without lang inherits).
                langs.push(m.find() ? m.group(1) : langs.isEmpty() ? "" : langs.peek());
            } else if (tag.equalsIgnoreCase("</span>") && !langs.isEmpty()) {
                langs.pop();
            }
        }
    }
}
