package org.briefing.model;

/** Dispatch over the closed set of {@link Block} types. */
public interface BlockVisitor<R> {
    R heading(Heading heading);

    R paragraph(Paragraph paragraph);

    R list(ListBlock list);

    R blockQuote(BlockQuote quote);

    R code(CodeBlock code);

    R thematicBreak(ThematicBreak rule);

    R table(Table table);

    R figure(Figure figure);

    R html(HtmlBlock html);

    R pageBreak(PageBreak pageBreak);
}
