/**
 * Block flow and pagination: {@link DocumentLayouter} walks a document's blocks (front matter, paragraphs,
 * lists, quotes, code, tables, figures, participants, notes), has inline layout set their text, stacks the
 * result as unbreakable slabs, flows the slabs onto pages (keeps, widows and orphans, footnotes on their
 * reference's page, repeated table headers), balances the last two pages and adds the page furniture.
 * Paragraphs may be set on helper threads; the pages never depend on it. Everything but the layouter and
 * {@link ImageSource} is internal to the stage.
 */
package org.briefing.render.pdf.layout.flow;
