package org.briefing.style;

/** An opaque sRGB colour. */
public record Color(int red, int green, int blue) {
    public Color {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0..255");
        }
    }

    public static final Color BLACK = new Color(0, 0, 0);

    /** Parses {@code #rrggbb} or {@code #rgb}; returns null when the text is not such a colour. */
    public static Color parseHex(String text) {
        String hex = text.startsWith("#") ? text.substring(1) : null;
        if (hex == null || !hex.matches("[0-9a-fA-F]{3}|[0-9a-fA-F]{6}")) {
            return null;
        }
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        int rgb = Integer.parseInt(hex, 16);
        return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /** {@code #rrggbb}, for CSS. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
