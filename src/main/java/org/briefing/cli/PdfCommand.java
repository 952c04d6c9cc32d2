package org.briefing.cli;

import org.briefing.app.Publisher;
import org.briefing.render.pdf.report.TypographyReport;

/** {@code briefing pdf SOURCE}: the PDF memo. */
final class PdfCommand extends FileFormatCommand {
    PdfCommand(BriefingCommand root) {
        super(root, "pdf", "Write the briefing as a PDF memo.");
        PdfStandardOption.addTo(spec);
        spec.addOption(CommandSpecs.flag("--report", "Also print the typography report: line spacing, hyphens, "
                + "overfull lines, widows, orphans, stranded headings."));
    }

    @Override
    void afterWrite(Invocation run, Publisher.Prepared prepared, boolean toStdout) {
        Boolean report = CommandSpecs.value(spec, "--report");
        if (report != null && report) {
            String text = TypographyReport.measure(prepared.job()).format("Typography of " + prepared.displayName());
            // With the PDF itself on standard output, the report goes to standard error.
            (toStdout ? run.context().err() : run.context().out()).print(text);
        }
    }

    @Override
    String format() {
        return "pdf";
    }

    @Override
    String pdfStandard() {
        return PdfStandardOption.value(spec);
    }
}
