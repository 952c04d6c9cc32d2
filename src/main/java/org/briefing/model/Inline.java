package org.briefing.model;

/** An inline element of running text. The set is closed; use {@link #accept} to dispatch on it. */
public sealed interface Inline
        permits Text, Emphasis, Strong, Strikethrough, Code, Link, Image, FootnoteRef, SoftBreak, HardBreak, RawHtml {

    <R> R accept(InlineVisitor<R> visitor);
}
