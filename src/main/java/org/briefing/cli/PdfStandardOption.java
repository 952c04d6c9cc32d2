package org.briefing.cli;

import java.util.List;
import org.briefing.model.InputException;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --pdf-standard} option shared by the commands that write PDF. */
public final class PdfStandardOption {
    /** The accepted values. */
    static final List<String> CHOICES = List.of("none", "ua1", "a2a", "ua1+a2a");
    private static final String NAME = "--pdf-standard";

    private PdfStandardOption() {
    }

    /** Adds the option to a command. */
    static void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.text(NAME).paramLabel("STANDARD").defaultValue("ua1+a2a")
                .description("PDF conformance: none, ua1 (PDF/UA-1), a2a (PDF/A-2a) or ua1+a2a (default: ${DEFAULT-VALUE}).")
                .build());
    }

    /** The validated value given to a command. */
    static String value(CommandSpec spec) {
        String standard = CommandSpecs.value(spec, NAME);
        if (!CHOICES.contains(standard)) {
            throw new InputException("--pdf-standard must be one of " + String.join(", ", CHOICES) + "; was '" + standard + "'");
        }
        return standard;
    }
}
