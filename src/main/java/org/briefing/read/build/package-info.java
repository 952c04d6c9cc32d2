/**
 * The reader's last stage: Flexmark's tree to the document model (block and inline converters, footnote
 * numbering, heading ids, safe link targets, hidden HTML) and the front matter to {@code Metadata}, with
 * warnings that name the source file's lines. Its public surface is
 * {@link org.briefing.read.build.DocumentBuilder}; it reads the prepared source, never the parser's package.
 */
package org.briefing.read.build;
