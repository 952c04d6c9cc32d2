package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.model.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prints through a real CUPS scheduler to the cups-pdf queue and reads back what came out of it:
 * page count, sheet size, and the words on each page (by OCR, compared with the words PDFBox extracts
 * from the PDF that was sent).
 */
class PaperPrinterCupsIT {
    private static CupsPdfQueue queue;

    @BeforeAll
    static void cups() {
        queue = CupsPdfQueue.require();
    }

    @Test
    void printsAMultiPageA4DocumentOnTheDefaultPrinter() throws Exception {
        byte[] sent = SamplePdf.of(3, PDRectangle.A4);
        String job = CupsPdfQueue.uniqueJobName("BriefingIT");
        PrintReceipt receipt = new PaperPrinter().print(sent, PrintRequest.defaults(job));
        assertEquals(CupsPdfQueue.QUEUE, receipt.printer(), "BriefingPDF is the default printer");

        try (PDDocument printed = Loader.loadPDF(queue.awaitOutput(job)); PDDocument source = Loader.loadPDF(sent)) {
            CupsPdfQueue.log("job " + job + ": " + CupsPdfQueue.run("lpstat", "-W", "completed", "-o", CupsPdfQueue.QUEUE)
                    .lines().filter(l -> l.startsWith(CupsPdfQueue.QUEUE)).findFirst().orElse("(not listed)"));
            assertEquals(3, printed.getNumberOfPages());
            for (int i = 0; i < 3; i++) {
                assertSheet(PaperSize.A4, printed, i);
                assertSameWords(source, i, printed, i);
            }
        }
    }

    @Test
    void aLetterDocumentOnA4PaperIsScaledOntoA4AndKeepsItsText() throws Exception {
        byte[] sent = SamplePdf.of(4, PDRectangle.LETTER);
        String job = CupsPdfQueue.uniqueJobName("BriefingLetterIT");
        PrintReceipt receipt = new PaperPrinter().print(sent, PrintRequest.defaults(job).toPrinter(CupsPdfQueue.QUEUE)
                .onPaper(PaperSize.A4).withPages(new PageRange(2, 3)));
        assertTrue(receipt.scaled());

        try (PDDocument printed = Loader.loadPDF(queue.awaitOutput(job)); PDDocument source = Loader.loadPDF(sent)) {
            assertEquals(2, printed.getNumberOfPages(), "pages 2-3");
            assertSheet(PaperSize.A4, printed, 0);
            // Shrunk by 595.28/612 and centred vertically: the frame drawn 20 pt inside the letter page
            // lands 19.5 pt from the left edge and 35.7 + 19.5 pt from the top, whole (not cut off).
            float scale = PaperSize.A4.widthPt() / PDRectangle.LETTER.getWidth();
            float top = (PaperSize.A4.heightPt() - PDRectangle.LETTER.getHeight() * scale) / 2 + 20 * scale;
            assertFrameAt(printed, 0, 20 * scale, top);
            assertSameWords(source, 1, printed, 0);
            assertSameWords(source, 2, printed, 1);
        }
    }

    @Test
    void copiesArriveCollatedInOneJobAndTwoSidedCopiesStartOnAFreshSheet() throws Exception {
        byte[] sent = SamplePdf.of(3, PDRectangle.A4);
        String job = CupsPdfQueue.uniqueJobName("BriefingCopiesIT");
        new PaperPrinter().print(sent, PrintRequest.defaults(job).withCopies(2).withDuplex(true));

        try (PDDocument printed = Loader.loadPDF(queue.awaitOutput(job)); PDDocument source = Loader.loadPDF(sent)) {
            assertEquals(7, printed.getNumberOfPages(), "3 pages, a blank back, 3 pages: one file is one job");
            assertEquals(List.of(), CupsPdfQueue.ocrWords(printed, 3), "page 4 is the blank back of copy 1");
            assertSameWords(source, 0, printed, 4);
            assertSameWords(source, 2, printed, 6);
        }
    }

    @Test
    void anUnknownPrinterNameListsTheKnownOnes() {
        InputException e = assertThrows(InputException.class, () -> new PaperPrinter()
                .print(SamplePdf.of(1, PDRectangle.A4), PrintRequest.defaults("x").toPrinter("NoSuchPrinter")));
        assertTrue(e.getMessage().startsWith("unknown printer 'NoSuchPrinter'; known printers: "), e.getMessage());
        assertTrue(e.getMessage().contains(CupsPdfQueue.QUEUE + " (default)"), e.getMessage());
    }

    @Test
    void aPrinterThatRejectsJobsFailsWithItsName() throws Exception {
        if (CupsPdfQueue.exitCode("cupsreject", CupsPdfQueue.QUEUE) != 0) {
            CupsPdfQueue.unavailable("cannot make " + CupsPdfQueue.QUEUE + " reject jobs (cupsreject needs admin rights)");
        }
        String job = CupsPdfQueue.uniqueJobName("BriefingRejectedIT");
        try {
            InputException e = assertThrows(InputException.class,
                    () -> new PaperPrinter().print(SamplePdf.of(2, PDRectangle.A4), PrintRequest.defaults(job)));
            // Java may notice before spooling ("Printer is not accepting job.") or lpr may be told by CUPS.
            assertTrue(e.getMessage().startsWith("printer 'BriefingPDF' rejected the job '" + job + "': "), e.getMessage());
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("not accepting job"), e.getMessage());
        } finally {
            CupsPdfQueue.exitCode("cupsaccept", CupsPdfQueue.QUEUE);
        }
    }

    /** The printed page has the sheet's size: cups-pdf sizes each page from what the job asked for. */
    private static void assertSheet(PaperSize paper, PDDocument printed, int index) {
        PDRectangle box = printed.getPage(index).getMediaBox();
        assertTrue(paper.matches(box.getWidth(), box.getHeight()),
                "page " + (index + 1) + " is " + box.getWidth() + " x " + box.getHeight() + " pt, expected " + paper);
    }

    /** A dark vertical line {@code leftPt} from the left edge and a dark horizontal line {@code topPt} from the top. */
    private static void assertFrameAt(PDDocument printed, int index, float leftPt, float topPt) throws IOException {
        // Two pixels per point, so the 1 pt line covers at least one pixel fully rather than two faintly.
        BufferedImage page = new PDFRenderer(printed).renderImageWithDPI(index, 144, ImageType.GRAY);
        int midX = page.getWidth() / 2;
        int midY = page.getHeight() / 2;
        assertTrue(darkNear(page, Math.round(2 * leftPt), midY, true), "no frame line at x=" + leftPt + " pt");
        assertTrue(darkNear(page, midX, Math.round(2 * topPt), false), "no frame line at y=" + topPt + " pt from the top");
        assertTrue(!darkNear(page, midX, 2 * 20, false), "a frame line where the unscaled page would have it (y=20 pt)");
    }

    /** Whether a pixel within 3 px of (x, y), along x (horizontally) or along y, is dark. */
    private static boolean darkNear(BufferedImage image, int x, int y, boolean alongX) {
        for (int d = -3; d <= 3; d++) {
            int px = alongX ? x + d : x;
            int py = alongX ? y : y + d;
            if ((image.getRGB(px, py) & 0xff) < 128) {
                return true;
            }
        }
        return false;
    }

    /**
     * At least 90% of the words PDFBox extracts from the sent page are read (by OCR) on the printed page:
     * the text arrived, not just the right number of pages. Short words are left out; OCR may split them.
     */
    private static void assertSameWords(PDDocument source, int sourceIndex, PDDocument printed, int printedIndex)
            throws IOException, InterruptedException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(sourceIndex + 1);
        stripper.setEndPage(sourceIndex + 1);
        List<String> expected = CupsPdfQueue.words(stripper.getText(source)).stream().filter(w -> w.length() >= 4).toList();
        List<String> read = CupsPdfQueue.ocrWords(printed, printedIndex);
        List<String> missing = expected.stream().filter(w -> !read.contains(w)).toList();
        CupsPdfQueue.log("printed page " + (printedIndex + 1) + " reads: " + String.join(" ", read.subList(0, Math.min(8, read.size()))));
        assertTrue(!expected.isEmpty() && missing.size() <= expected.size() / 10,
                "printed page " + (printedIndex + 1) + " lacks words of page " + (sourceIndex + 1) + ": " + missing
                        + "; OCR read: " + read);
    }
}
