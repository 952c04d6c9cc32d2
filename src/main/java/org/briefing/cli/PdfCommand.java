package org.briefing.cli;

import org.briefing.render.RenderOptions;
import org.briefing.app.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing pdf SOURCE}: the PDF memo. */
@Command(name = "pdf", mixinStandardHelpOptions = true, header = "Write the briefing as a PDF memo.")
final class PdfCommand extends FileFormatCommand {
    @Mixin
    private PdfStandardOption standard;

    @Option(names = "--report", description = "Also print the typography report: line spacing, hyphens, "
            + "overfull lines, widows, orphans, stranded headings.")
    private boolean report;

    @Override
    void afterWrite(Invocation run, Publisher.Prepared prepared, boolean toStdout) {
        if (report) {
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
        return RenderOptions.defaults().withPdf(standard.options());
    }
}
