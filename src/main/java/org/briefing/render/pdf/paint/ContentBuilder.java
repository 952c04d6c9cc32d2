package org.briefing.render.pdf.paint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.briefing.style.Color;

/**
 * Writes PDF content-stream operators as text, with compact, locale-free number formatting. It remembers
 * the fill colour and the font it last set, and leaves out an {@code rg} or {@code Tf} that would set them
 * again: both are graphics state, kept across text objects (ISO 32000-1, 9.3.1), and nothing painted here
 * changes them inside {@code q … Q}. (Every word is its own text object, so repeating them made up about a
 * quarter of a text page's content stream, to be built, encoded and deflated.)
 */
final class ContentBuilder {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /**
     * ASCII bytes written straight into an array: a page of text is some 10 000 operators, and a string
     * builder (then a String, then its bytes) would cost three copies and a UTF-16 path.
     */
    private byte[] out = new byte[16 * 1024];
    private int length;
    private Color fillColor;
    private String fontName;
    private double fontSize;

    ContentBuilder op(String operator) {
        ascii(operator);
        return put('\n');
    }

    ContentBuilder num(double value) {
        long scaled = Math.round(value * 1000);
        if (scaled < 0) {
            put('-');
            scaled = -scaled;
        }
        digits(scaled / 1000);
        long frac = scaled % 1000;
        if (frac != 0) {
            put('.');
            if (frac < 100) {
                put('0');
            }
            if (frac < 10) {
                put('0');
            }
            while (frac % 10 == 0) {
                frac /= 10;
            }
            digits(frac);
        }
        return put(' ');
    }

    ContentBuilder name(String name) {
        put('/');
        ascii(name);
        return put(' ');
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
        ascii("/Span <</ActualText <FEFF");
        for (int i = 0; i < text.length(); i++) {
            hex4(text.charAt(i));
        }
        ascii(">>> BDC\n");
        return this;
    }

    /** Starts a TJ array. */
    ContentBuilder beginArray() {
        return put('[');
    }

    /** A two-byte glyph code inside a hex string of a TJ array. */
    ContentBuilder glyphs(int[] codes, int from, int to) {
        ensure(2 + 4 * (to - from));
        out[length++] = '<';
        for (int i = from; i < to; i++) {
            hex4(codes[i]);
        }
        out[length++] = '>';
        return this;
    }

    ContentBuilder adjust(double value) {
        return num(value);
    }

    ContentBuilder endArray(String operator) {
        put(']').put(' ');
        ascii(operator);
        return put('\n');
    }

    /** Appends bytes another builder wrote ({@code from} inclusive, {@code to} exclusive), as they are. */
    ContentBuilder copy(ContentBuilder other, int from, int to) {
        ensure(to - from);
        System.arraycopy(other.out, from, out, length, to - from);
        length += to - from;
        return this;
    }

    private void hex4(int v) {
        ensure(4);
        out[length++] = HEX[v >> 12 & 15];
        out[length++] = HEX[v >> 8 & 15];
        out[length++] = HEX[v >> 4 & 15];
        out[length++] = HEX[v & 15];
    }

    /** Writes a non-negative number's decimal digits. */
    private void digits(long v) {
        if (v < 10) {
            put((char) ('0' + v));
            return;
        }
        int n = 0;
        for (long x = v; x > 0; x /= 10) {
            n++;
        }
        ensure(n);
        for (int i = length + n - 1; i >= length; i--) {
            out[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += n;
    }

    /** Characters outside ASCII become '?', as {@code getBytes(US_ASCII)} made them (none are expected). */
    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            out[length++] = (byte) (c < 128 ? c : '?');
        }
    }

    private ContentBuilder put(char c) {
        ensure(1);
        out[length++] = (byte) c;
        return this;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    /** The content written so far, as a copy. */
    byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    /** The content's bytes in place (no copy): the first {@link #length()} of them; valid until more is written. */
    byte[] buffer() {
        return out;
    }

    /** How many bytes of {@link #buffer()} hold content. */
    int length() {
        return length;
    }
}
