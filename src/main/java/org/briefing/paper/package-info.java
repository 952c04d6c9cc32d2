/**
 * Printing on paper: the finished PDF memo is sent to a printer through the Java Print Service
 * ({@link java.awt.print.PrinterJob}, headless) as one job, drawn by PDFBox's printing support.
 * PDFBox and {@code javax.print} types stay inside this package; callers see {@link org.briefing.paper.PaperPrinter},
 * {@link org.briefing.paper.Printers} and plain records.
 */
package org.briefing.paper;
