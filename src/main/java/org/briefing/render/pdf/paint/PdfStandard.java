package org.briefing.render.pdf.paint;

import java.util.Locale;
import org.briefing.model.InputException;

/** Which conformance the PDF claims: none (plain, untagged), PDF/UA-1, PDF/A-2a, or both. */
public enum PdfStandard {
    NONE, UA1, A2A, UA1_A2A;

    /** Parses the {@code --pdf-standard} value ({@code none}, {@code ua1}, {@code a2a}, {@code ua1+a2a}). */
    public static PdfStandard of(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "ua1" -> UA1;
            case "a2a" -> A2A;
            case "ua1+a2a", "a2a+ua1" -> UA1_A2A;
            default -> throw new InputException(
                    "--pdf-standard must be one of none, ua1, a2a, ua1+a2a; was '" + value + "'");
        };
    }

    /** True when the PDF carries a structure tree (both standards need one). */
    public boolean tagged() {
        return this != NONE;
    }

    /** True when the PDF claims PDF/UA-1. */
    public boolean ua1() {
        return this == UA1 || this == UA1_A2A;
    }

    /** True when the PDF claims PDF/A-2a. */
    public boolean a2a() {
        return this == A2A || this == UA1_A2A;
    }
}
