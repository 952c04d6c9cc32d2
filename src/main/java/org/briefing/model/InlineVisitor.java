package org.briefing.model;

/** Dispatch over the closed set of {@link Inline} types. */
public interface InlineVisitor<R> {
    R text(Text text);

    R emphasis(Emphasis emphasis);

    R strong(Strong strong);

    R strikethrough(Strikethrough strikethrough);

    R code(Code code);

    R link(Link link);

    R image(Image image);

    R footnoteRef(FootnoteRef ref);

    R softBreak(SoftBreak softBreak);

    R hardBreak(HardBreak hardBreak);

    R rawHtml(RawHtml html);
}
