/**
 * The format-neutral document model: metadata plus a closed set of block and inline types.
 * Readers produce it, renderers consume it; nothing here knows Markdown, PDF or EPUB.
 */
package org.briefing.model;
