package org.briefing.paper;

import java.util.Objects;
import java.util.Optional;
import org.briefing.model.InputException;

/**
 * What to print and how: the printer (empty for the system default), copies, an optional page range,
 * two-sided or not, the sheet size (empty for the sheet nearest the memo's page size) and the job's name.
 */
public record PrintRequest(Optional<String> printer, int copies, Optional<PageRange> pages, boolean duplex,
        Optional<PaperSize> paper, String jobName) {

    public PrintRequest {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(paper, "paper");
        if (copies < 1) {
            throw new InputException("--copies must be at least 1, got " + copies);
        }
        if (printer.isPresent() && printer.get().isBlank()) {
            printer = Optional.empty();
        }
        jobName = jobName == null || jobName.isBlank() ? "Briefing" : jobName.strip();
    }

    /** One copy of every page, one-sided, on the default printer and the memo's own sheet size. */
    public static PrintRequest defaults(String jobName) {
        return new PrintRequest(Optional.empty(), 1, Optional.empty(), false, Optional.empty(), jobName);
    }

    /** This request sent to the named printer. */
    public PrintRequest toPrinter(String name) {
        return new PrintRequest(Optional.of(name), copies, pages, duplex, paper, jobName);
    }

    /** This request under another job name (the memo's title, once it is known). */
    public PrintRequest withJobName(String name) {
        return new PrintRequest(printer, copies, pages, duplex, paper, name);
    }

    /** This request with {@code n} copies. */
    public PrintRequest withCopies(int n) {
        return new PrintRequest(printer, n, pages, duplex, paper, jobName);
    }

    /** This request limited to a page range. */
    public PrintRequest withPages(PageRange range) {
        return new PrintRequest(printer, copies, Optional.of(range), duplex, paper, jobName);
    }

    /** This request printed on both sides of the sheet (long edge). */
    public PrintRequest withDuplex(boolean twoSided) {
        return new PrintRequest(printer, copies, pages, twoSided, paper, jobName);
    }

    /** This request on a given sheet size, scaling the memo's pages when they differ. */
    public PrintRequest onPaper(PaperSize size) {
        return new PrintRequest(printer, copies, pages, duplex, Optional.of(size), jobName);
    }
}
