/**
 * The Markdown reader's front door: {@link org.briefing.read.MarkdownReader} turns a briefing's text into the
 * document model through three stages, each its own package: {@code source} (passes over the raw text),
 * {@code parse} (Flexmark and its workarounds) and {@code build} (Flexmark's tree to the model). Flexmark
 * types never leave these packages, and nothing outside them uses a stage directly.
 */
package org.briefing.read;
