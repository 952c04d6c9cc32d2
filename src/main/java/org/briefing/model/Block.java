package org.briefing.model;

/** A block-level element of the body. The set is closed; use {@link #accept} to dispatch on it. */
public sealed interface Block
        permits Heading, Paragraph, ListBlock, BlockQuote, CodeBlock, ThematicBreak, Table, Figure, HtmlBlock,
        PageBreak {

    <R> R accept(BlockVisitor<R> visitor);
}
