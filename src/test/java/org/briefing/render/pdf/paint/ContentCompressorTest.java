package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Content streams deflate to the same bytes on the helper thread as on the painter's, and inflate back. */
class ContentCompressorTest {
    private static byte[] page(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2000 + n * 37; i++) {
            s.append("BT\n/F0 10.5 Tf\n").append(i * 7 % 500).append(' ').append(n).append(" Td\n[<0041").append(n % 10)
                    .append("2>] TJ\nET\n");
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void theHelperDeflatesEachPageAsThePainterWould() throws Exception {
        List<Future<byte[]>> helped = new ArrayList<>();
        List<Future<byte[]>> inline = new ArrayList<>();
        try (ContentCompressor withHelper = new ContentCompressor(true);
             ContentCompressor without = new ContentCompressor(false)) {
            for (int n = 0; n < 40; n++) {
                byte[] data = Arrays.copyOf(page(n), page(n).length + 100); // only the first length bytes count
                helped.add(withHelper.deflate(data, page(n).length));
                inline.add(without.deflate(page(n), page(n).length));
            }
            for (int n = 0; n < 40; n++) {
                byte[] deflated = ContentCompressor.get(helped.get(n));
                assertArrayEquals(ContentCompressor.get(inline.get(n)), deflated);
                assertArrayEquals(page(n), inflate(deflated, page(n).length));
            }
        }
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
