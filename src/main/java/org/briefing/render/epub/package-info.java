/**
 * The {@code epub} renderer: an EPUB 3.3 edition of the briefing, its XHTML written by {@code xhtml}, its
 * stylesheet and fonts chosen by {@code style}, its cover painted by {@code cover} and its container packed by
 * {@code pack}.
 */
package org.briefing.render.epub;
