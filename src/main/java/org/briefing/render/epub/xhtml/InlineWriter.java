package org.briefing.render.epub.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.briefing.model.Code;
import org.briefing.model.Emphasis;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Text;
import org.briefing.style.Role;

/**
 * Writes runs of inlines as XHTML phrasing content, with an explicit stack (no recursion) and a cap
 * on element nesting: markup nested deeper than {@link #MAX_DEPTH} is flattened to its text.
 */
final class InlineWriter {
    /** Deeper inline markup adds nothing a reader can see and risks reading systems' limits. */
    static final int MAX_DEPTH = 24;

    private enum Close { EMPHASIS, STRONG, STRIKE, LINK }

    /** A container inline to close, and the writer depth just inside its element. */
    private record Closing(Close close, int depth) {
    }

    private final PageContext context;
    private final XhtmlWriter out;

    InlineWriter(PageContext context, XhtmlWriter out) {
        this.context = context;
        this.out = out;
    }

    /** Writes inlines set in a role. */
    void write(List<Inline> inlines, Role role) {
        Deque<Object> stack = new ArrayDeque<>();
        pushAll(stack, inlines);
        int strong = 0;
        int emphasis = 0;
        int links = 0;
        int depth = 0;
        boolean hiddenRaw = false;
        int base = out.depth();
        RawPhrasing raw = new RawPhrasing(out);
        while (!stack.isEmpty()) {
            Object next = stack.pop();
            if (next instanceof Closing closing) {
                raw.closeAbove(closing.depth());
                out.end();
                depth--;
                switch (closing.close()) {
                    case STRONG -> strong--;
                    case EMPHASIS -> emphasis--;
                    case LINK -> links--;
                    default -> { }
                }
                continue;
            }
            Inline inline = (Inline) next;
            if (hiddenRaw && !(inline instanceof RawHtml)) {
                continue;
            }
            boolean bold = strong > 0 || raw.bold();
            boolean italic = emphasis > 0 || raw.italic();
            if (inline instanceof Text t) {
                if (raw.mono()) {
                    context.shownAsCode(bold, italic, t.text());
                } else {
                    context.shown(role, bold, italic, t.text());
                }
                out.text(t.text());
            } else if (inline instanceof SoftBreak) {
                out.text("\n");
            } else if (inline instanceof HardBreak) {
                out.empty("br");
            } else if (inline instanceof Code c) {
                context.shownAsCode(bold, italic, c.code());
                out.start("code").text(c.code()).end();
            } else if (inline instanceof RawHtml html) {
                String lower = html.html().strip().toLowerCase(Locale.ROOT);
                if (lower.startsWith("<script") || lower.startsWith("<style")) {
                    hiddenRaw = !lower.endsWith("/>");
                } else if (lower.startsWith("</script") || lower.startsWith("</style")) {
                    hiddenRaw = false;
                } else if (context.sanitizer().isBreak(html.html())) {
                    out.empty("br");
                } else if (!raw.tag(html.html(), depth + raw.depth() < MAX_DEPTH)) {
                    String text = context.sanitizer().inlineText(html.html());
                    context.shown(role, bold, italic, text);
                    out.text(text);
                }
            } else if (inline instanceof Image image) {
                image(image, links > 0, role);
            } else if (inline instanceof FootnoteRef ref) {
                footnoteRef(ref, links > 0, role);
            } else {
                List<Inline> children = org.briefing.model.InlineWalker.childrenOf(inline);
                Close close = open(inline, depth + raw.depth(), links > 0);
                if (close != null) {
                    depth++;
                    stack.push(new Closing(close, out.depth()));
                    switch (close) {
                        case STRONG -> strong++;
                        case EMPHASIS -> emphasis++;
                        case LINK -> links++;
                        default -> { }
                    }
                }
                pushAll(stack, children);
            }
        }
        raw.closeAbove(base);
    }

    /** Opens the element of a container inline, or returns null to write its children flat. */
    private Close open(Inline inline, int depth, boolean inLink) {
        if (depth >= MAX_DEPTH) {
            return null;
        }
        if (inline instanceof Emphasis) {
            out.start("em");
            return Close.EMPHASIS;
        } else if (inline instanceof Strong) {
            out.start("strong");
            return Close.STRONG;
        } else if (inline instanceof Strikethrough) {
            out.start("del");
            return Close.STRIKE;
        } else if (inline instanceof Link link && !inLink) {
            String href = href(link.url());
            if (href == null) {
                return null;
            }
            out.start("a", "href", href, "title", link.title().isEmpty() ? null : link.title());
            return Close.LINK;
        }
        return null;
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
                    "title", image.title().isEmpty() ? null : image.title());
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

    private static void pushAll(Deque<Object> stack, List<Inline> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.push(items.get(i));
        }
    }
}
