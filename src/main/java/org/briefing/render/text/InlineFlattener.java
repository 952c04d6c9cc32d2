package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Code;
import org.briefing.model.Emphasis;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.HtmlText;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.InlineWalker;
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

    private final boolean ansi;
    private final LinkReferences links;

    InlineFlattener(boolean ansi, LinkReferences links) {
        this.ansi = ansi;
        this.links = links;
    }

    /** The spans of some inlines, every span carrying at least {@code baseStyle}. */
    List<Span> flatten(List<Inline> inlines, int baseStyle) {
        Spans spans = new Spans(baseStyle);
        spans.walk(inlines);
        return spans.out;
    }

    /** The walk over one list of inlines: the spans so far and the style of the inline being visited. */
    private final class Spans extends InlineWalker {
        private final List<Span> out = new ArrayList<>();
        private int style;

        Spans(int baseStyle) {
            this.style = baseStyle;
        }

        /**
         * Visits {@code content} in the current style plus {@code added}, then restores the style and emits
         * {@code after} (unless null) in {@code afterStyle}.
         */
        private void styled(List<Inline> content, int added, String after, int afterStyle) {
            int outer = style;
            style |= added;
            descend(content, () -> {
                style = outer;
                if (after != null) {
                    out.add(new Span(after, afterStyle));
                }
            });
        }

        @Override
        public Void text(Text text) {
            out.add(new Span(clean(text.text()), style));
            return null;
        }

        @Override
        public Void code(Code code) {
            out.add(new Span(clean(code.code()), style | AnsiStyle.CODE));
            return null;
        }

        @Override
        public Void emphasis(Emphasis emphasis) {
            styled(emphasis.content(), AnsiStyle.ITALIC, null, 0);
            return null;
        }

        @Override
        public Void strong(Strong strong) {
            styled(strong.content(), AnsiStyle.BOLD, null, 0);
            return null;
        }

        @Override
        public Void strikethrough(Strikethrough strikethrough) {
            // Without styles deleted text must still look deleted.
            String mark = ansi ? "" : "~~";
            out.add(new Span(mark, style));
            styled(strikethrough.content(), AnsiStyle.STRIKE, mark, style);
            return null;
        }

        @Override
        public Void link(Link link) {
            String marker = referenceMarker(link);
            styled(link.content(), AnsiStyle.UNDERLINE, marker.isEmpty() ? null : marker, style | AnsiStyle.DIM);
            return null;
        }

        @Override
        public Void image(Image image) {
            String alt = clean(image.alt()).strip();
            out.add(new Span(alt.isEmpty() ? "[image]" : "[image: " + alt + "]", style | AnsiStyle.ITALIC));
            return null;
        }

        @Override
        public Void footnoteRef(FootnoteRef ref) {
            out.add(new Span(superscript(ref.number()), style & ~AnsiStyle.UNDERLINE));
            return null;
        }

        @Override
        public Void softBreak(SoftBreak softBreak) {
            out.add(new Span(" ", style));
            return null;
        }

        @Override
        public Void hardBreak(HardBreak hardBreak) {
            out.add(new Span("\n", style));
            return null;
        }

        @Override
        public Void rawHtml(RawHtml html) {
            out.add(new Span(cleanKeepingBreaks(HtmlText.withBreaks(html.html())), style));
            return null;
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
