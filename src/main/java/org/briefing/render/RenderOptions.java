package org.briefing.render;

import java.time.Instant;
import java.util.Objects;

/**
 * Settings that come from the command line rather than the theme.
 *
 * @param textWidth   columns for terminal text
 * @param ansi        whether terminal text may use ANSI styles
 * @param timestamp   the creation/modification time written into outputs; fixed for reproducible bytes
 * @param pdfStandard {@code none}, {@code ua1}, {@code a2a} or {@code ua1+a2a}
 */
public record RenderOptions(int textWidth, boolean ansi, Instant timestamp, String pdfStandard) {
    public RenderOptions {
        if (textWidth < 20) {
            throw new IllegalArgumentException("text width must be at least 20 columns, was " + textWidth);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(pdfStandard, "pdfStandard");
    }

    /** Defaults: 80 columns, no ANSI, the epoch of 1 January 1980, PDF/UA-1 + PDF/A-2a. */
    public static RenderOptions defaults() {
        return new RenderOptions(80, false, Instant.parse("1980-01-01T00:00:00Z"), "ua1+a2a");
    }

    public RenderOptions withTextWidth(int width) {
        return new RenderOptions(width, ansi, timestamp, pdfStandard);
    }

    public RenderOptions withAnsi(boolean on) {
        return new RenderOptions(textWidth, on, timestamp, pdfStandard);
    }

    public RenderOptions withTimestamp(Instant time) {
        return new RenderOptions(textWidth, ansi, time, pdfStandard);
    }

    public RenderOptions withPdfStandard(String standard) {
        return new RenderOptions(textWidth, ansi, timestamp, standard);
    }
}
