/**
 * Inline layout, from a paragraph's inlines to positioned lines: inlines flatten to {@link Span}s; spans are
 * shaped through a {@link TextMeasurer} (the real one is the font library, tests use a fixed-width fake) and
 * built into boxes, glue and penalties (words, spaces, break opportunities, hyphenation points); a
 * {@link LineBreaker}, first fit or Knuth–Plass total fit, chooses the breaks; each line's items are then
 * positioned as frame data ({@link SetLine}). {@link ParagraphSetter} is the front door. Knows nothing of
 * blocks or pages.
 */
package org.briefing.render.pdf.layout.inline;
