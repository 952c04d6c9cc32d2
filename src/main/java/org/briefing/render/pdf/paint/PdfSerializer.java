package org.briefing.render.pdf.paint;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Deque;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a document as {@link PDDocument#save(OutputStream, CompressParameters)} does with a classic xref
 * table, byte for byte, but in time linear in the number of objects: {@code COSWriter} (still in PDFBox
 * 3.0.8, whose API offers no other way in) scans its whole pending-object deque before queueing each object,
 * so a document with tens of thousands of structure elements spent most of its time there. The writer's
 * private deque is swapped for a {@link WriteQueue}; this is the only reflection into PDFBox. If a future
 * PDFBox renames that field, saving falls back to PDFBox's own (slower, identical) path and
 * {@code PdfSerializerTest} fails, naming the PDFBox version.
 */
public final class PdfSerializer {
    private static final Field QUEUE = queueField();

    private PdfSerializer() {
    }

    /** Writes the document with a classic xref table (no object streams). */
    public static void save(PDDocument doc, OutputStream out) throws IOException {
        if (QUEUE == null) {
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return;
        }
        write(doc, out, new WriteQueue());
    }

    /** Saves through the given queue (tests read its counters afterwards). */
    static void write(PDDocument doc, OutputStream out, WriteQueue queue) throws IOException {
        // What PDDocument.save does before writing: classic xref; we embed no fonts PDFBox would subset.
        doc.getDocument().setIsXRefStream(false);
        COSWriter writer = new COSWriter(out, CompressParameters.NO_COMPRESSION);
        try {
            QUEUE.set(writer, queue);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("PDFBox's write queue could not be replaced", e);
        }
        writer.write(doc);
    }

    /** True when saving goes through the linear queue (false means PDFBox's own path). */
    static boolean linear() {
        return QUEUE != null;
    }

    private static Field queueField() {
        try {
            Field field = COSWriter.class.getDeclaredField("objectsToWrite");
            if (!field.getType().equals(Deque.class)) {
                return null;
            }
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
