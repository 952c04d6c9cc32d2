package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Inflater;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

/** Pages handed to the worker come back whole and in order, each drawn once, and deflate as PDFBox would. */
class PageWorkerTest {
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
        List<FutureTask<byte[]>> helped = new ArrayList<>();
        List<FutureTask<byte[]>> inline = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        try (PageWorker withHelper = new PageWorker(true); PageWorker without = new PageWorker(false)) {
            for (int n = 0; n < 40; n++) {
                byte[] data = Arrays.copyOf(page(n), page(n).length + 100); // only the first length bytes count
                int length = page(n).length;
                helped.add(withHelper.submit(() -> {
                    runs.incrementAndGet();
                    return PageContent.deflate(data, length);
                }));
                inline.add(without.submit(() -> PageContent.deflate(data, length)));
            }
            for (int n = 0; n < 40; n++) {
                byte[] deflated = PageWorker.get(helped.get(n));
                assertArrayEquals(PageWorker.get(inline.get(n)), deflated);
                assertArrayEquals(page(n), inflate(deflated, page(n).length));
            }
        }
        assertEquals(40, runs.get(), "each page drawn once");
    }

    @Test
    void anErrorInAPageIsThrownToThePainter() {
        InputException error = new InputException("x.md: bad image");
        try (PageWorker worker = new PageWorker(true)) {
            FutureTask<Object> failing = worker.submit(() -> {
                throw error;
            });
            assertSame(error, assertThrows(InputException.class, () -> PageWorker.get(failing)));
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
