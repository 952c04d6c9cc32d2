/**
 * The PDF memo renderer: {@link org.briefing.render.pdf.PdfRenderer} runs measure → break → paginate
 * ({@code layout}, plain data) and paint ({@code paint}, the only PDFBox drawing code), with fonts shaped
 * and embedded by {@code font}.
 */
package org.briefing.render.pdf;
