package org.briefing.render.pdf.paint;

import java.nio.charset.StandardCharsets;
import org.briefing.style.Color;

/** Writes PDF content-stream operators as text, with compact, locale-free number formatting. */
final class ContentBuilder {
    private final StringBuilder out = new StringBuilder(16 * 1024);

    ContentBuilder op(String operator) {
        out.append(operator).append('\n');
        return this;
    }

    ContentBuilder num(double value) {
        long scaled = Math.round(value * 1000);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / 1000);
        long frac = scaled % 1000;
        if (frac != 0) {
            out.append('.');
            if (frac < 100) {
                out.append('0');
            }
            if (frac < 10) {
                out.append('0');
            }
            while (frac % 10 == 0) {
                frac /= 10;
            }
            out.append(frac);
        }
        out.append(' ');
        return this;
    }

    ContentBuilder name(String name) {
        out.append('/').append(name).append(' ');
        return this;
    }

    ContentBuilder fill(Color c) {
        return num(c.red() / 255.0).num(c.green() / 255.0).num(c.blue() / 255.0).op("rg");
    }

    ContentBuilder stroke(Color c) {
        return num(c.red() / 255.0).num(c.green() / 255.0).num(c.blue() / 255.0).op("RG");
    }

    /**
     * Opens a marked-content span that text extraction reads as {@code text} instead of its glyphs
     * (ISO 32000-1, 14.9.4); close it with {@code EMC}.
     */
    ContentBuilder beginActualText(String text) {
        out.append("/Span <</ActualText <FEFF");
        for (int i = 0; i < text.length(); i++) {
            hex4(text.charAt(i));
        }
        out.append(">>> BDC\n");
        return this;
    }

    /** Starts a TJ array. */
    ContentBuilder beginArray() {
        out.append('[');
        return this;
    }

    /** A two-byte glyph code inside a hex string of a TJ array. */
    ContentBuilder glyphs(int[] codes, int from, int to) {
        out.append('<');
        for (int i = from; i < to; i++) {
            hex4(codes[i]);
        }
        out.append('>');
        return this;
    }

    ContentBuilder adjust(double value) {
        return num(value);
    }

    ContentBuilder endArray(String operator) {
        out.append("] ").append(operator).append('\n');
        return this;
    }

    private void hex4(int v) {
        final String digits = "0123456789ABCDEF";
        out.append(digits.charAt(v >> 12 & 15)).append(digits.charAt(v >> 8 & 15))
                .append(digits.charAt(v >> 4 & 15)).append(digits.charAt(v & 15));
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
