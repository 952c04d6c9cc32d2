package org.briefing.render.epub.xhtml;

import org.briefing.model.Code;
import org.briefing.model.Emphasis;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.Image;
import org.briefing.model.InlineVisitor;
import org.briefing.model.Link;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Text;

/**
 * What the inline writer does inside raw HTML's script or style element: drops every inline, containers
 * with their content, and hands only raw HTML on, so that the element's end tag ends the hiding.
 */
final class HiddenInlines implements InlineVisitor<Void> {
    private final InlineVisitor<Void> shown;

    HiddenInlines(InlineVisitor<Void> shown) {
        this.shown = shown;
    }

    @Override
    public Void rawHtml(RawHtml html) {
        return shown.rawHtml(html);
    }

    @Override
    public Void text(Text text) {
        return null;
    }

    @Override
    public Void emphasis(Emphasis emphasis) {
        return null;
    }

    @Override
    public Void strong(Strong strong) {
        return null;
    }

    @Override
    public Void strikethrough(Strikethrough strikethrough) {
        return null;
    }

    @Override
    public Void code(Code code) {
        return null;
    }

    @Override
    public Void link(Link link) {
        return null;
    }

    @Override
    public Void image(Image image) {
        return null;
    }

    @Override
    public Void footnoteRef(FootnoteRef ref) {
        return null;
    }

    @Override
    public Void softBreak(SoftBreak softBreak) {
        return null;
    }

    @Override
    public Void hardBreak(HardBreak hardBreak) {
        return null;
    }
}
