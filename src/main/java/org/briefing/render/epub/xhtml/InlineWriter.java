package org.briefing.render.epub.xhtml;

import java.util.List;
import java.util.Locale;
import org.briefing.model.Code;
import org.briefing.model.Emphasis;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.InlineVisitor;
import org.briefing.model.InlineWalker;
import org.briefing.model.Link;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Text;
import org.briefing.style.Role;

/**
 * Writes runs of inlines as XHTML phrasing content, walked by the model's {@link InlineWalker} (no recursion),
 * with a cap on element nesting: markup nested deeper than {@link #MAX_DEPTH} is flattened to its text.
 */
final class InlineWriter {
    /** Deeper inline markup adds nothing a reader can see and risks reading systems' limits. */
    static final int MAX_DEPTH = 24;

    private enum Close { EMPHASIS, STRONG, STRIKE, LINK }

    private final PageContext context;
    private final XhtmlWriter out;

    InlineWriter(PageContext context, XhtmlWriter out) {
        this.context = context;
        this.out = out;
    }

    /** Writes inlines set in a role. */
    void write(List<Inline> inlines, Role role) {
        new Run(role).write(inlines);
    }

    /** One run of inlines being written: its open containers and raw HTML state. */
    private final class Run extends InlineWalker {
        private final Role role;
        private final RawPhrasing raw = new RawPhrasing(out);
        private int strong;
        private int emphasis;
        private int links;
        private int depth;
        private boolean hiddenRaw;
        /** Inside raw HTML's script or style element, everything up to its end tag is dropped. */
        private final InlineVisitor<Void> hidden = new HiddenInlines(this);

        Run(Role role) {
            this.role = role;
        }

        void write(List<Inline> inlines) {
            int base = out.depth();
            walk(inlines);
            raw.closeAbove(base);
        }

        @Override
        protected void visit(Inline inline) {
            inline.accept(hiddenRaw ? hidden : this);
        }

        /** Ends a container's element; {@code inside} is the writer depth just inside it. */
        private void close(Close close, int inside) {
            raw.closeAbove(inside);
            out.end();
            depth--;
            switch (close) {
                case STRONG -> strong--;
                case EMPHASIS -> emphasis--;
                case LINK -> links--;
                default -> { }
            }
        }

        private boolean bold() {
            return strong > 0 || raw.bold();
        }

        private boolean italic() {
            return emphasis > 0 || raw.italic();
        }

        @Override
        public Void text(Text t) {
            if (raw.mono()) {
                context.shownAsCode(bold(), italic(), t.text());
            } else {
                context.shown(role, bold(), italic(), t.text());
            }
            out.text(t.text());
            return null;
        }

        @Override
        public Void softBreak(SoftBreak softBreak) {
            out.text("\n");
            return null;
        }

        @Override
        public Void hardBreak(HardBreak hardBreak) {
            out.empty("br");
            return null;
        }

        @Override
        public Void code(Code c) {
            context.shownAsCode(bold(), italic(), c.code());
            out.start("code").text(c.code()).end();
            return null;
        }

        @Override
        public Void rawHtml(RawHtml html) {
            String lower = html.html().strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("<script") || lower.startsWith("<style")) {
                hiddenRaw = !lower.endsWith("/>");
            } else if (lower.startsWith("</script") || lower.startsWith("</style")) {
                hiddenRaw = false;
            } else if (context.sanitizer().isBreak(html.html())) {
                out.empty("br");
            } else if (!raw.tag(html.html(), depth + raw.depth() < MAX_DEPTH)) {
                String text = context.sanitizer().inlineText(html.html());
                context.shown(role, bold(), italic(), text);
                out.text(text);
            }
            return null;
        }

        @Override
        public Void image(Image image) {
            InlineWriter.this.image(image, links > 0, role);
            return null;
        }

        @Override
        public Void footnoteRef(FootnoteRef ref) {
            InlineWriter.this.footnoteRef(ref, links > 0, role);
            return null;
        }

        @Override
        public Void emphasis(Emphasis e) {
            return container(e.content(), "em", Close.EMPHASIS);
        }

        @Override
        public Void strong(Strong s) {
            return container(s.content(), "strong", Close.STRONG);
        }

        @Override
        public Void strikethrough(Strikethrough s) {
            return container(s.content(), "del", Close.STRIKE);
        }

        @Override
        public Void link(Link link) {
            // A link inside a link, or past the depth cap, is written as its text.
            String href = links > 0 || depth + raw.depth() >= MAX_DEPTH ? null : href(link.url());
            if (href == null) {
                descend(link.content());
            } else {
                out.start("a", "href", href, "title", link.title().isEmpty() ? null : link.title());
                opened(link.content(), Close.LINK);
            }
            return null;
        }

        /** Opens the container's element unless nesting is too deep, then writes its children. */
        private Void container(List<Inline> children, String element, Close close) {
            if (depth + raw.depth() < MAX_DEPTH) {
                out.start(element);
                opened(children, close);
            } else {
                descend(children);
            }
            return null;
        }

        /** Writes the children of a container whose element was just started, then ends it. */
        private void opened(List<Inline> children, Close close) {
            depth++;
            int inside = out.depth();
            descend(children, () -> close(close, inside));
            switch (close) {
                case STRONG -> strong++;
                case EMPHASIS -> emphasis++;
                case LINK -> links++;
                default -> { }
            }
        }
    }

    /** Where a link goes inside the book, or null (with a warning) when it cannot go anywhere. */
    private String href(String url) {
        if (url.startsWith("#")) {
            BookLinks.Target target = context.links().anchor(url.substring(1));
            if (target != null) {
                return target.hrefFrom(context.file());
            }
            context.warnings().warn(context.sourceName() + ": link to '" + url
                    + "' matches no heading; the EPUB shows its text without a link");
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            String href = WebAddress.forHref(url);
            if (href == null) {
                context.warnings().warn(context.sourceName() + ": link to '" + url
                        + "' is not a valid address; the EPUB shows its text without a link");
            }
            return href;
        }
        context.warnings().warn(context.sourceName() + ": link to '" + url
                + "' points outside the book; the EPUB shows its text without a link");
        return null;
    }

    private void image(Image image, boolean inLink, Role role) {
        String href = context.images().hrefFor(image);
        if (href != null) {
            out.empty("img", "src", href, "class", "inline-image", "alt", image.alt(),
                    "title", image.title().isEmpty() ? null : image.title(), "style", SizeStyle.inline(image));
            return;
        }
        String label = image.alt().isBlank() ? "[image]" : "[" + image.alt() + "]";
        context.shown(role, false, false, label);
        String remote = image.isRemote() && !inLink && !image.src().startsWith("//") ? WebAddress.forHref(image.src()) : null;
        if (remote != null) {
            out.start("a", "href", remote, "class", "remote-image").text(label).end();
        } else {
            out.text(label);
        }
    }

    private void footnoteRef(FootnoteRef ref, boolean inLink, Role role) {
        String number = Integer.toString(ref.number());
        context.shown(role, false, false, number);
        if (context.links().footnote(ref.number()) == null) {
            context.warnings().warn(context.sourceName() + ": footnote '" + ref.label() + "' has no text");
            out.start("sup").text(number).end();
            return;
        }
        if (inLink) {
            out.start("sup").text(number).end();
            return;
        }
        String id = context.inFootnote() ? null : context.links().nextReferenceId(ref.number());
        String href = context.links().footnoteTarget(ref.number()).hrefFrom(context.file());
        out.start("a", "epub:type", "noteref", "role", "doc-noteref", "id", id, "href", href, "class", "noteref")
                .text(number).end();
    }
}
