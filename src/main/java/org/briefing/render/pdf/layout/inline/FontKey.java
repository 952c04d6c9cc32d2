package org.briefing.render.pdf.layout.inline;

/**
 * Which face of which theme family text is set in.
 *
 * @param family a family name from the theme, e.g. {@code serif}
 */
public record FontKey(String family, boolean bold, boolean italic) {
    public FontKey withBold(boolean on) {
        return new FontKey(family, on, italic);
    }

    public FontKey withItalic(boolean on) {
        return new FontKey(family, bold, on);
    }
}
