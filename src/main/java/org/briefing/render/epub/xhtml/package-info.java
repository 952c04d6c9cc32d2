/**
 * The book's XHTML content documents and navigation written from the model, with raw HTML from the source
 * cleaned against an allow-list and local images brought in under names of our own.
 */
package org.briefing.render.epub.xhtml;
