/**
 * Layout as plain data: paragraphs become boxes, glue and penalties; a {@link
 * org.briefing.render.pdf.layout.LineBreaker} breaks them; blocks become slabs; the paginator flows slabs
 * onto pages of positioned, role-carrying items (points, y downwards). Metrics come through {@link
 * org.briefing.render.pdf.layout.TextMeasurer}, so tests use a fixed-width fake.
 */
package org.briefing.render.pdf.layout;
