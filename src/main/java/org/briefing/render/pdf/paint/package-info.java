/**
 * Painting laid-out pages with PDFBox: text as glyph ids with kerning adjustments, rules, images, links,
 * outline, page labels and reproducible metadata. The only package that calls PDFBox drawing APIs.
 */
package org.briefing.render.pdf.paint;
