package org.briefing.cli;

import org.briefing.model.InputException;
import org.briefing.render.PdfOptions;
import picocli.CommandLine.Option;

/** The {@code --pdf-standard} option shared by the commands that write PDF. */
final class PdfStandardOption {
    @Option(names = "--pdf-standard", paramLabel = "STANDARD", defaultValue = "ua1+a2a",
            description = "PDF conformance: none, ua1 (PDF/UA-1), a2a (PDF/A-2a) or ua1+a2a (default: ${DEFAULT-VALUE}).")
    private String standard;

    /** The PDF options with the standard asked for; an unknown one is bad input. */
    PdfOptions options() {
        if (!PdfOptions.STANDARDS.contains(standard)) {
            throw new InputException("--pdf-standard must be one of " + String.join(", ", PdfOptions.STANDARDS)
                    + "; was '" + standard + "'");
        }
        return new PdfOptions(standard);
    }
}
