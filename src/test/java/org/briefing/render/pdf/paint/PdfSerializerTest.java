package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.util.Version;
import org.junit.jupiter.api.Test;

/** Saving through the linear write queue gives PDFBox's own bytes, and the queue answers as a deque does. */
class PdfSerializerTest {
    @Test
    void sameBytesAsPdfBoxWithTheQueueInUse() throws IOException {
        assertTrue(PdfSerializer.linear(), () -> "PDFBox " + Version.getVersion()
                + " has no private Deque field COSWriter.objectsToWrite, so PdfSerializer falls back to PDFBox's"
                + " own save, quadratic in the number of queued objects. Read this version's COSWriter: if it"
                + " queues in linear time, delete PdfSerializer and WriteQueue; otherwise point queueField() at"
                + " the renamed queue.");
        ByteArrayOutputStream pdfbox = new ByteArrayOutputStream();
        try (PDDocument doc = wideDocument(3000)) {
            doc.save(pdfbox, CompressParameters.NO_COMPRESSION);
        }
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        WriteQueue queue = new WriteQueue();
        try (PDDocument doc = wideDocument(3000)) {
            PdfSerializer.write(doc, ours, queue);
        }
        // The writer asked our queue before queueing each of the 3000 elements, so the swap took effect.
        assertTrue(queue.membershipQueries() >= 3000, "queue consulted " + queue.membershipQueries() + " times");
        assertTrue(queue.isEmpty());
        assertArrayEquals(pdfbox.toByteArray(), ours.toByteArray());
    }

    @Test
    void queueAnswersAsADeque() {
        List<COSBase> pool = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pool.add(new COSDictionary());
        }
        pool.add(new COSString("same"));
        pool.add(new COSString("same")); // equal but not identical, as ArrayDeque.contains compares
        ArrayDeque<COSBase> plain = new ArrayDeque<>();
        WriteQueue queue = new WriteQueue();
        Random random = new Random(7);
        for (int step = 0; step < 5000; step++) {
            COSBase object = pool.get(random.nextInt(pool.size()));
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    plain.add(object);
                    queue.add(object);
                }
                case 2 -> assertEquals(plain.pollFirst(), queue.pollFirst());
                case 3 -> assertEquals(plain.remove(object), queue.remove(object));
                default -> {
                    if (!plain.isEmpty()) {
                        assertEquals(plain.removeFirst(), queue.removeFirst());
                    }
                }
            }
            for (COSBase probe : pool) {
                assertEquals(plain.contains(probe), queue.contains(probe), "step " + step);
            }
        }
        assertThrows(UnsupportedOperationException.class, () -> queue.removeIf(o -> true));
    }

    /** A page whose dictionary holds one array of many indirect dictionaries, as a big /K array does. */
    private static PDDocument wideDocument(int width) {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        COSArray kids = new COSArray();
        for (int i = 0; i < width; i++) {
            COSDictionary element = new COSDictionary();
            element.setName(COSName.S, "Note");
            element.setInt(COSName.getPDFName("N"), i);
            element.setDirect(false);
            kids.add(element);
        }
        page.getCOSObject().setItem(COSName.getPDFName("Elements"), kids);
        // A fixed /ID, since PDFBox otherwise makes one from the clock.
        COSArray id = new COSArray();
        id.add(new COSString("briefing"));
        id.add(new COSString("briefing"));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
        return doc;
    }
}
