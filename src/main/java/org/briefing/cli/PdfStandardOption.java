package org.briefing.cli;

import org.briefing.model.InputException;
import org.briefing.render.PdfOptions;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --pdf-standard} option shared by the commands that write PDF. */
final class PdfStandardOption {
    private static final String NAME = "--pdf-standard";

    private PdfStandardOption() {
    }

    /** Adds the option to a command. */
    static void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.text(NAME).paramLabel("STANDARD").defaultValue("ua1+a2a")
                .description("PDF conformance: none, ua1 (PDF/UA-1), a2a (PDF/A-2a) or ua1+a2a (default: ${DEFAULT-VALUE}).")
                .build());
    }

    /** The PDF options with the standard given to a command; an unknown one is bad input. */
    static PdfOptions value(CommandSpec spec) {
        String standard = CommandSpecs.value(spec, NAME);
        if (!PdfOptions.STANDARDS.contains(standard)) {
            throw new InputException("--pdf-standard must be one of " + String.join(", ", PdfOptions.STANDARDS)
                    + "; was '" + standard + "'");
        }
        return new PdfOptions(standard);
    }
}
