/**
 * The Markdown reader: YAML front matter (SnakeYAML Engine, through {@code org.briefing.yaml}) and a
 * CommonMark + GFM body (Flexmark) turned into the document model. Flexmark types never leave this package.
 */
package org.briefing.read;
