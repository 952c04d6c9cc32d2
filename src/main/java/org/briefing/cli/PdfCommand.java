package org.briefing.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code briefing pdf SOURCE}: the PDF memo. */
@Command(name = "pdf", mixinStandardHelpOptions = true, header = "Write the briefing as a PDF memo.")
final class PdfCommand extends FileFormatCommand {
    @Mixin
    private PdfStandardOption standard;

    @Override
    String format() {
        return "pdf";
    }

    @Override
    String pdfStandard() {
        return standard.value();
    }
}
