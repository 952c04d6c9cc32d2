package org.briefing.render;

import java.time.Instant;
import java.util.Objects;

/**
 * Settings that come from the command line rather than the theme: the output time every format writes,
 * and one record per built-in format that has settings of its own (the EPUB has none beyond the time).
 *
 * @param timestamp the creation/modification time written into outputs; fixed for reproducible bytes
 * @param pdf       the PDF renderer's settings
 * @param text      the terminal text renderer's settings
 * @param toc       the command line asked for a table of contents ({@code --toc}), whatever the front matter
 *                  and theme say
 */
public record RenderOptions(Instant timestamp, PdfOptions pdf, TextOptions text, boolean toc) {
    public RenderOptions {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(text, "text");
    }

    /** Defaults: the epoch of 1 January 1980, and each format's defaults. */
    public static RenderOptions defaults() {
        return new RenderOptions(Instant.parse("1980-01-01T00:00:00Z"), PdfOptions.DEFAULTS, TextOptions.DEFAULTS,
                false);
    }

    public RenderOptions withTimestamp(Instant time) {
        return new RenderOptions(time, pdf, text, toc);
    }

    public RenderOptions withPdf(PdfOptions options) {
        return new RenderOptions(timestamp, options, text, toc);
    }

    public RenderOptions withText(TextOptions options) {
        return new RenderOptions(timestamp, pdf, options, toc);
    }

    public RenderOptions withToc(boolean asked) {
        return new RenderOptions(timestamp, pdf, text, asked);
    }
}
