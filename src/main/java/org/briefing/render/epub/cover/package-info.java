/**
 * The book's cover painted without Java2D: text set in lines from the theme's faces and fallback chain,
 * glyph outlines filled on a pixel canvas, and the result encoded as PNG.
 */
package org.briefing.render.epub.cover;
