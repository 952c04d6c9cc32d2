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
import org.briefing.model.InlineWalker;
import org.briefing.model.Link;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Text;

/** Turns nested inlines into a flat list of {@link Span}s, walked by the model's {@link InlineWalker}. */
public final class InlineFlattener {
    private static final Pattern SPAN_OPEN = Pattern.compile("(?i)^<span\\b[^>]*>$");
    private static final Pattern LANG = Pattern.compile(
            "(?i)\\blang\\s*=\\s*[\"']?([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)");

    private InlineFlattener() {
    }

    /** The spans of the inlines, in reading order. */
    public static List<Span> flatten(List<Inline> inlines) {
        Walk walk = new Walk();
        walk.walk(inlines);
        return walk.spans;
    }

    /** The walk over one list of inlines: the spans so far and the markup in effect where it stands. */
    private static final class Walk extends InlineWalker {
        private final List<Span> spans = new ArrayList<>();
        /** Languages of the open <span lang="…"> tags; raw HTML tags are siblings of the text they wrap. */
        private final Deque<String> langs = new ArrayDeque<>();
        private boolean bold;
        private boolean italic;
        private boolean strike;
        private String link;

        /** Visits {@code content} with the given markup, then restores the markup around it. */
        private void marked(List<Inline> content, boolean innerBold, boolean innerItalic, boolean innerStrike,
                String innerLink) {
            boolean outerBold = bold;
            boolean outerItalic = italic;
            boolean outerStrike = strike;
            String outerLink = link;
            bold = innerBold;
            italic = innerItalic;
            strike = innerStrike;
            link = innerLink;
            descend(content, () -> {
                bold = outerBold;
                italic = outerItalic;
                strike = outerStrike;
                link = outerLink;
            });
        }

        @Override
        public Void emphasis(Emphasis e) {
            marked(e.content(), bold, !italic, strike, link);
            return null;
        }

        @Override
        public Void strong(Strong s) {
            marked(s.content(), true, italic, strike, link);
            return null;
        }

        @Override
        public Void strikethrough(Strikethrough s) {
            marked(s.content(), bold, italic, true, link);
            return null;
        }

        @Override
        public Void link(Link l) {
            marked(l.content(), bold, italic, strike, l.url());
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
            return add(new Span(Span.Kind.FOOTNOTE_REF, Integer.toString(r.number()), false, false, false, null,
                    r.number(), "", null));
        }

        @Override
        public Void image(Image img) {
            String alt = img.alt().isBlank() ? img.src() : img.alt();
            // A remote image is never fetched: its alt text links to it instead.
            String target = link == null && img.isRemote() ? img.src() : link;
            // Drawn once loaded (flow's inline image loader); until then, and if it cannot be, its alt text shows.
            return add(new Span(Span.Kind.IMAGE, "[" + alt + "]", bold, true, strike, target, 0, "",
                    new InlineImage(img, null, 0, link)));
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
            return add(new Span(kind, text, bold, italic, strike, link, 0, "", null));
        }

        private Void addLineBreak() {
            return add(new Span(Span.Kind.LINE_BREAK, "", false, false, false, null, 0, "", null));
        }

        /** Adds a span in the language of the innermost open {@code <span lang>}, if any. */
        private Void add(Span span) {
            String lang = langs.isEmpty() ? "" : langs.peek();
            spans.add(lang.isEmpty() ? span : span.withLang(lang));
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
