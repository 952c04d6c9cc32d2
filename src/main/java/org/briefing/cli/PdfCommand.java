package org.briefing.cli;

import org.briefing.render.RenderOptions;
import org.briefing.app.Publisher;

/** {@code briefing pdf SOURCE}: the PDF memo. */
final class PdfCommand extends FileFormatCommand {
    PdfCommand(BriefingCommand root) {
        super(root, "pdf", "Write the briefing as a PDF memo.");
        PdfStandardOption.addTo(spec);
        spec.addOption(CommandSpecs.flag("--report", "Also print the typography report: line spacing, hyphens, "
                + "overfull lines, widows, orphans, stranded headings, and per page how full it is and why it ended."));
    }

    @Override
    void afterWrite(Invocation run, Publisher.Prepared prepared, boolean toStdout) {
        Boolean report = CommandSpecs.value(spec, "--report");
        if (report != null && report) {
            String text = Publisher.typographyReport(prepared);
            // With the PDF itself on standard output, the report goes to standard error.
            (toStdout ? run.context().err() : run.context().out()).print(text);
        }
    }

    @Override
    String format() {
        return "pdf";
    }

    @Override
    RenderOptions options() {
        return RenderOptions.defaults().withPdf(PdfStandardOption.value(spec));
    }
}
