package org.briefing.cli;

import java.util.Optional;
import org.briefing.app.Publisher;
import org.briefing.model.InputException;
import org.briefing.paper.PageRange;
import org.briefing.paper.PaperPrinter;
import org.briefing.paper.PaperSize;
import org.briefing.paper.PrintReceipt;
import org.briefing.paper.PrintRequest;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderers;
import picocli.CommandLine.Option;

/** The {@code briefing print} options that send the PDF memo to a printer instead of text to the terminal. */
final class PaperOptions {
    @Option(names = "--printer", arity = "0..1", fallbackValue = "", paramLabel = "NAME",
            description = "Print the PDF memo on paper: on printer NAME, or the default printer when NAME is omitted "
                    + "(see 'briefing printers').")
    private String printer;

    @Option(names = "--copies", paramLabel = "N", description = "Copies, collated (with --printer; default 1).")
    private Integer copies;

    @Option(names = "--pages", paramLabel = "A-B", description = "Only pages A to B, or one page N (with --printer).")
    private String pages;

    @Option(names = "--duplex", description = "Both sides of the sheet (with --printer).")
    private boolean duplex;

    @Option(names = "--paper", paramLabel = "SIZE",
            description = "a4 or letter; the memo is scaled to fit when its page size differs (with --printer).")
    private String paperSize;

    /** Whether this run prints on paper; paper options without {@code --printer} are a usage error. */
    boolean wanted() {
        if (printer == null && (copies != null || pages != null || duplex || paperSize != null)) {
            throw new InputException("--copies, --pages, --duplex and --paper need --printer [NAME]");
        }
        return printer != null;
    }

    /** Renders the memo, prints it as one job, and reports what went to which printer. */
    int print(Invocation run, String source) {
        // Built first so a bad --copies, --pages or --paper fails before the memo is rendered.
        PrintRequest request = new PrintRequest(Optional.of(printer), copies == null ? 1 : copies,
                Optional.ofNullable(pages).map(PageRange::parse), duplex,
                Optional.ofNullable(paperSize).map(PaperSize::parse), "briefing");
        PaperPrinter paperPrinter = new PaperPrinter();
        paperPrinter.printerFor(request); // a wrong or missing printer fails before the memo is rendered
        Publisher publisher = run.publisher(RenderOptions.defaults());
        Publisher.Prepared prepared = publisher.read(run.resolve(source), source);
        byte[] pdf = publisher.bytes(prepared, Renderers.discover().get("pdf"));
        PrintReceipt receipt = paperPrinter.print(pdf, request.withJobName(prepared.document().metadata().title()));
        if (!run.quiet()) {
            run.context().out().println("Sent " + receipt.pages() + (receipt.pages() == 1 ? " page" : " pages")
                    + (receipt.copies() > 1 ? " x " + receipt.copies() + " copies" : "") + " to " + receipt.printer()
                    + " (" + receipt.paper().option() + (receipt.scaled() ? ", scaled to fit" : "")
                    + (receipt.duplex() ? ", two-sided" : "") + ")");
        }
        return 0;
    }
}
