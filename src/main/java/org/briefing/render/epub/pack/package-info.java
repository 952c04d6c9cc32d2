/**
 * The EPUB container: the book's files, package document and NCX (through epub4j, the only code that knows
 * it), and a zip whose bytes depend only on its entries.
 */
package org.briefing.render.epub.pack;
