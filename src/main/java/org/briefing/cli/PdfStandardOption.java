package org.briefing.cli;

import java.util.List;
import org.briefing.model.InputException;
import picocli.CommandLine.Option;

/** The {@code --pdf-standard} option shared by the commands that write PDF. */
final class PdfStandardOption {
    /** The accepted values. */
    static final List<String> CHOICES = List.of("none", "ua1", "a2a", "ua1+a2a");

    @Option(names = "--pdf-standard", paramLabel = "STANDARD", defaultValue = "ua1+a2a",
            description = "PDF conformance: none, ua1 (PDF/UA-1), a2a (PDF/A-2a) or ua1+a2a (default: ${DEFAULT-VALUE}).")
    private String standard;

    /** The validated value. */
    String value() {
        if (!CHOICES.contains(standard)) {
            throw new InputException("--pdf-standard must be one of " + String.join(", ", CHOICES) + "; was '" + standard + "'");
        }
        return standard;
    }
}
