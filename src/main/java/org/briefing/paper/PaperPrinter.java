package org.briefing.paper;

import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.JobSheets;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;
import org.briefing.model.BriefingException;
import org.briefing.model.InputException;

/**
 * Sends a finished PDF to a printer through {@link PrinterJob} as one job: every selected page and copy is
 * rendered into one spool file before the printer sees any of it, so a failure leaves nothing half printed.
 * PDFBox draws the pages (as vectors); pages whose size differs from the sheet are shrunk to fit and centred.
 */
public final class PaperPrinter {
    private final Printers printers;

    /** A printer using the system's print service. */
    public PaperPrinter() {
        this(Printers.system());
    }

    PaperPrinter(Printers printers) {
        this.printers = printers;
    }

    /**
     * The printer a request would go to, checked without printing, so a caller can fail on a wrong or
     * missing printer before spending time rendering the memo. Fails as {@link #print} does.
     */
    public Printer printerFor(PrintRequest request) {
        PrintService service = printers.resolve(request.printer());
        return new Printer(service.getName(), printers.list().stream().anyMatch(p -> p.isDefault()
                && p.name().equals(service.getName())));
    }

    /**
     * Prints a PDF. Fails with an {@link InputException} when the PDF cannot be read, the page range lies
     * outside it, there is no such printer (or none at all), or the printer rejects the job.
     */
    public PrintReceipt print(byte[] pdf, PrintRequest request) {
        try (PDDocument document = load(pdf)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new InputException("the PDF has no pages to print");
            }
            PrintSequence sequence = PrintSequence.of(pageCount, request);
            PDRectangle firstPage = document.getPage(0).getMediaBox();
            PaperSize paper = request.paper()
                    .orElseGet(() -> PaperSize.nearestTo(firstPage.getWidth(), firstPage.getHeight()));
            boolean scaled = !allPagesMatch(document, paper);

            PrintService service = printers.resolve(request.printer());
            spool(service, book(document, sequence, paper), request, paper);
            int pages = request.pages().map(PageRange::size).orElse(pageCount);
            return new PrintReceipt(service.getName(), pages, request.copies(), paper, scaled, request.duplex(),
                    sequence.size());
        } catch (IOException e) {
            throw new BriefingException("could not print '" + request.jobName() + "': " + e.getMessage(), e);
        }
    }

    /** One {@link PrinterJob#print} call: Java renders every page into one spool file, then hands it over. */
    private static void spool(PrintService service, Book book, PrintRequest request, PaperSize paper) {
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(request.jobName());
            job.setPageable(book);
            job.print(attributes(request, paper));
        } catch (PrinterException e) {
            throw new InputException("printer '" + service.getName() + "' rejected the job '" + request.jobName()
                    + "': " + reason(e), e);
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new InputException("cannot print: the document is not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    private static boolean allPagesMatch(PDDocument document, PaperSize paper) {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDRectangle box = document.getPage(i).getMediaBox();
            if (!paper.matches(box.getWidth(), box.getHeight())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every page on the chosen sheet with the whole sheet imageable: the memo carries its own margins,
     * so Java's default one-inch margins would only shrink it. Shrink-to-fit keeps pages that already fit
     * at their real size and scales larger ones down, centred.
     */
    private static Book book(PDDocument document, PrintSequence sequence, PaperSize size) {
        Paper paper = new Paper();
        paper.setSize(size.widthPt(), size.heightPt());
        paper.setImageableArea(0, 0, size.widthPt(), size.heightPt());
        PageFormat format = new PageFormat();
        format.setOrientation(PageFormat.PORTRAIT);
        format.setPaper(paper);
        Printable pdfPages = new PDFPrintable(document, Scaling.SHRINK_TO_FIT, false, 0, true);
        Book book = new Book();
        for (int pdfIndex : sequence.pages()) {
            // A Book hands its painter the book's page index; map it back to the PDF's page.
            Printable page = pdfIndex == PrintSequence.BLANK
                    ? (graphics, pageFormat, bookIndex) -> Printable.PAGE_EXISTS
                    : (graphics, pageFormat, bookIndex) -> pdfPages.print(graphics, pageFormat, pdfIndex);
            book.append(page, format);
        }
        return book;
    }

    private static PrintRequestAttributeSet attributes(PrintRequest request, PaperSize paper) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        // Copies are already in the book (see PrintSequence); asking the printer too would multiply them.
        attributes.add(new Copies(1));
        attributes.add(request.duplex() ? Sides.DUPLEX : Sides.ONE_SIDED);
        attributes.add(paper.media());
        attributes.add(new JobName(request.jobName(), Locale.ROOT));
        // A memo needs no banner page, whatever the queue's default says.
        attributes.add(JobSheets.NONE);
        return attributes;
    }

    /**
     * The printer's own words. When the spooler command fails, Java's message is the command line
     * followed by the command's error output; only the error output says why, so keep just that.
     */
    static String reason(PrinterException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > 1 && lines.get(0).startsWith("error=")) {
            lines = lines.subList(1, lines.size());
        }
        // "/usr/bin/lpr: Destination ..." reads better without the program's path.
        return lines.stream().map(l -> l.replaceFirst("^/\\S+/(lpr|lp): ", "")).collect(Collectors.joining(" / "));
    }
}
