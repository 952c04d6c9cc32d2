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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code briefing print} options that send the PDF memo to a printer instead of text to the terminal. */
final class PaperOptions {
    private final CommandSpec spec;

    /** Adds the options to {@code spec}, the command whose values they are. */
    PaperOptions(CommandSpec spec) {
        this.spec = spec;
        spec.addOption(CommandSpecs.text("--printer").arity("0..1").fallbackValue("").paramLabel("NAME")
                .description("Print the PDF memo on paper: on printer NAME, or the default printer when NAME is omitted "
                        + "(see 'briefing printers').").build());
        spec.addOption(OptionSpec.builder("--copies").type(Integer.class).paramLabel("N")
                .description("Copies, collated (with --printer; default 1).").build());
        spec.addOption(CommandSpecs.text("--pages").paramLabel("A-B")
                .description("Only pages A to B, or one page N (with --printer).").build());
        spec.addOption(CommandSpecs.flag("--duplex", "Both sides of the sheet (with --printer)."));
        spec.addOption(CommandSpecs.text("--paper").paramLabel("SIZE")
                .description("a4 or letter; the memo is scaled to fit when its page size differs (with --printer).")
                .build());
    }

    /** Whether this run prints on paper; paper options without {@code --printer} are a usage error. */
    boolean wanted() {
        String printer = CommandSpecs.value(spec, "--printer");
        Integer copies = CommandSpecs.value(spec, "--copies");
        String pages = CommandSpecs.value(spec, "--pages");
        String paperSize = CommandSpecs.value(spec, "--paper");
        if (printer == null && (copies != null || pages != null || duplex() || paperSize != null)) {
            throw new InputException("--copies, --pages, --duplex and --paper need --printer [NAME]");
        }
        return printer != null;
    }

    private boolean duplex() {
        Boolean duplex = CommandSpecs.value(spec, "--duplex");
        return duplex != null && duplex;
    }

    /** Renders the memo, prints it as one job, and reports what went to which printer. */
    int print(Invocation run, String source) {
        String printer = CommandSpecs.value(spec, "--printer");
        Integer copies = CommandSpecs.value(spec, "--copies");
        String pages = CommandSpecs.value(spec, "--pages");
        String paperSize = CommandSpecs.value(spec, "--paper");
        boolean duplex = duplex();
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
