package org.briefing.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of one print job in the order they go to the printer: the selected pages once per copy
 * (collated), and in two-sided printing a blank page after a copy that ends on a front side, so the
 * next copy starts on a fresh sheet.
 *
 * <p>Copies are laid out here rather than left to the printer because Java's PostScript spooler asks
 * for them only inside the PostScript ({@code /NumCopies}), which CUPS filter chains that rewrite the
 * document (cups-pdf, driverless printers) ignore: measured, {@code Copies(2)} gave one copy.
 *
 * @param pages 0-based page indexes of the PDF, or {@link #BLANK} for an empty page
 */
record PrintSequence(List<Integer> pages) {
    /** Stands for a blank page in {@link #pages()}. */
    static final int BLANK = -1;

    PrintSequence {
        pages = List.copyOf(pages);
    }

    /** The sequence for a document of {@code pageCount} pages printed as asked. */
    static PrintSequence of(int pageCount, PrintRequest request) {
        PageRange range = request.pages().orElse(new PageRange(1, pageCount));
        range.checkWithin(pageCount);
        boolean padCopies = request.duplex() && range.size() % 2 == 1;
        List<Integer> pages = new ArrayList<>();
        for (int copy = 1; copy <= request.copies(); copy++) {
            for (int page = range.first(); page <= range.last(); page++) {
                pages.add(page - 1);
            }
            if (padCopies && copy < request.copies()) {
                pages.add(BLANK);
            }
        }
        return new PrintSequence(pages);
    }

    /** How many pages (including blank ones) go to the printer. */
    int size() {
        return pages.size();
    }
}
