package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** A page's content stream deflates to a zlib stream that inflates back to exactly the bytes drawn. */
class PageContentTest {
    @Test
    void deflatesOnlyTheDrawnBytesAndInflatesBack() throws Exception {
        for (int n = 0; n < 40; n++) {
            byte[] page = page(n);
            byte[] buffer = Arrays.copyOf(page, page.length + 100); // only the first length bytes count
            byte[] deflated = PageContent.deflate(buffer, page.length);
            assertArrayEquals(page, inflate(deflated, page.length), "page " + n);
        }
    }

    private static byte[] page(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2000 + n * 37; i++) {
            s.append("BT\n/F0 10.5 Tf\n").append(i * 7 % 500).append(' ').append(n).append(" Td\n[<0041").append(n % 10)
                    .append("2>] TJ\nET\n");
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] inflate(byte[] deflated, int length) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(deflated);
        byte[] out = new byte[length + 10];
        int n = inflater.inflate(out);
        inflater.end();
        return Arrays.copyOf(out, n);
    }
}
