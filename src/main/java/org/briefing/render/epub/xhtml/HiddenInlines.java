package org.briefing.render.epub.xhtml;

import org.briefing.model.Emphasis;
import org.briefing.model.InlineVisitor;
import org.briefing.model.InlineWalker;
import org.briefing.model.Link;
import org.briefing.model.RawHtml;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;

/**
 * What the inline writer does inside raw HTML's script or style element: drops every inline, containers
 * with their content, and hands only raw HTML on, so that the element's end tag ends the hiding. Leaves
 * are dropped by the walker's defaults; this class is only ever a visitor, never walked itself.
 */
final class HiddenInlines extends InlineWalker {
    private final InlineVisitor<Void> shown;

    HiddenInlines(InlineVisitor<Void> shown) {
        this.shown = shown;
    }

    @Override
    public Void rawHtml(RawHtml html) {
        return shown.rawHtml(html);
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
    public Void link(Link link) {
        return null;
    }
}
