package org.briefing.render;

import java.util.List;

/**
 * The PDF renderer's settings from the command line.
 *
 * @param standard the conformance asked for: one of {@link #STANDARDS}
 */
public record PdfOptions(String standard) {
    /** The accepted standards: none, PDF/UA-1, PDF/A-2a, or both. */
    public static final List<String> STANDARDS = List.of("none", "ua1", "a2a", "ua1+a2a");
    /** Both standards. */
    public static final PdfOptions DEFAULTS = new PdfOptions("ua1+a2a");

    public PdfOptions {
        if (!STANDARDS.contains(standard)) {
            throw new IllegalArgumentException("PDF standard must be one of " + STANDARDS + ", was " + standard);
        }
    }
}
