package org.briefing.paper;

/**
 * What was handed to the print service as one job: the printer, pages per copy, copies, the sheet size,
 * whether the memo's pages were scaled to fit it, two-sided or not, and the pages spooled in all
 * (copies times pages, plus blank pages that start each two-sided copy on a fresh sheet).
 */
public record PrintReceipt(String printer, int pages, int copies, PaperSize paper, boolean scaled, boolean duplex,
        int spooledPages) {
}
