package org.briefing.render.pdf.paint;

import java.nio.charset.StandardCharsets;

/** PDF text strings written into content streams: UTF-16BE with a byte-order mark, as a hex string. */
final class PdfText {
    private PdfText() {
    }

    static String hex(String text) {
        StringBuilder out = new StringBuilder("<FEFF");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            out.append(Character.forDigit(b >> 4 & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return out.append('>').toString().toUpperCase(java.util.Locale.ROOT);
    }
}
