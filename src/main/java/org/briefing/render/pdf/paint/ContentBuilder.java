package org.briefing.render.pdf.paint;

import java.nio.charset.StandardCharsets;
import org.briefing.style.Color;

/**
 * Writes PDF content-stream operators as text, with compact, locale-free number formatting. It remembers
 * the fill colour and the font it last set, and leaves out an {@code rg} or {@code Tf} that would set them
 * again: both are graphics state, kept across text objects (ISO 32000-1, 9.3.1), and nothing painted here
 * changes them inside {@code q … Q}. (Every word is its own text object, so repeating them made up about a
 * quarter of a text page's content stream, to be built, encoded and deflated.)
 */
final class ContentBuilder {
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private Color fillColor;
    private String fontName;
    private double fontSize;

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
        if (fillColor != null && c.red() == fillColor.red() && c.green() == fillColor.green()
                && c.blue() == fillColor.blue()) {
            return this;
        }
        fillColor = c;
        return num(c.red() / 255.0).num(c.green() / 255.0).num(c.blue() / 255.0).op("rg");
    }

    /** Selects a font resource and size ({@code Tf}), unless they are the ones in effect. */
    ContentBuilder font(String name, double size) {
        if (name.equals(fontName) && size == fontSize) {
            return this;
        }
        fontName = name;
        fontSize = size;
        return name(name).num(size).op("Tf");
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
