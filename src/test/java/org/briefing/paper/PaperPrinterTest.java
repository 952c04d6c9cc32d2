package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.PrinterException;
import java.awt.print.PrinterIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

/** The whole printing path into the JDK's PostScript driver, checked through the PostScript it writes. */
class PaperPrinterTest {

    @Test
    void printsEveryPageOnTheMemosOwnSheetAsOneDocument() {
        PostScriptStream stream = new PostScriptStream();
        PrintReceipt receipt = stream.printer().print(SamplePdf.of(3, PDRectangle.A4), PrintRequest.defaults("Memo"));
        assertEquals(new PrintReceipt(stream.name(), 3, 1, PaperSize.A4, false, false, 3), receipt);
        String ps = stream.postScript();
        assertTrue(ps.startsWith("%!PS"), "PostScript expected");
        assertEquals(3, stream.pageComments().size());
        assertTrue(ps.contains("/PageSize [595.27"), "A4 page size in the setup: " + setup(ps));
        assertEquals(1, count(ps, "%%EOF"), "one document");
    }

    @Test
    void aLetterMemoOnA4IsScaledAndTheSheetIsA4() {
        PostScriptStream stream = new PostScriptStream();
        PrintReceipt receipt = stream.printer().print(SamplePdf.of(2, PDRectangle.LETTER),
                PrintRequest.defaults("Memo").onPaper(PaperSize.A4));
        assertTrue(receipt.scaled());
        assertEquals(PaperSize.A4, receipt.paper());
        assertTrue(stream.postScript().contains("/PageSize [595.27"), setup(stream.postScript()));
    }

    @Test
    void aLetterMemoWithoutPaperStaysOnLetter() {
        PostScriptStream stream = new PostScriptStream();
        PrintReceipt receipt = stream.printer().print(SamplePdf.of(1, PDRectangle.LETTER), PrintRequest.defaults("M"));
        assertFalse(receipt.scaled());
        assertEquals(PaperSize.LETTER, receipt.paper());
        assertTrue(stream.postScript().contains("/PageSize [612.0 792.0]"), setup(stream.postScript()));
    }

    @Test
    void copiesRangeAndDuplexGoIntoTheOneJob() {
        PostScriptStream stream = new PostScriptStream();
        PrintReceipt receipt = stream.printer().print(SamplePdf.of(4, PDRectangle.A4),
                PrintRequest.defaults("Memo").withPages(new PageRange(2, 4)).withCopies(2).withDuplex(true));
        assertEquals(3, receipt.pages());
        assertEquals(7, receipt.spooledPages());
        assertEquals(7, stream.pageComments().size());
        String ps = stream.postScript();
        assertTrue(ps.contains("/Duplex true"), setup(ps));
        assertTrue(ps.contains("/NumCopies 1"), "copies are laid out in the job, not asked of the printer");
    }

    @Test
    void badInputIsReportedBeforeAnythingIsSpooled() {
        PostScriptStream stream = new PostScriptStream();
        byte[] pdf = SamplePdf.of(2, PDRectangle.A4);
        assertEquals("page range 2-3 is outside the document, which has 2 pages", assertThrows(InputException.class,
                () -> stream.printer().print(pdf, PrintRequest.defaults("M").withPages(new PageRange(2, 3))))
                .getMessage());
        assertTrue(assertThrows(InputException.class, () -> stream.printer()
                .print("not a pdf".getBytes(StandardCharsets.US_ASCII), PrintRequest.defaults("M"))).getMessage()
                .startsWith("cannot print: the document is not a readable PDF"));
        assertTrue(assertThrows(InputException.class, () -> stream.printer()
                .print(pdf, PrintRequest.defaults("M").toPrinter("Office"))).getMessage()
                .startsWith("unknown printer 'Office'; known printers: "));
        assertEquals("", stream.postScript());
    }

    @Test
    void aRejectionKeepsTheSpoolersWordsNotItsCommandLine() {
        IOException lpr = new IOException("error=1 running: '/usr/bin/lpr' '-PBriefingPDF' '/tmp/javaprint1.ps'\n"
                + "\t\t/usr/bin/lpr: Destination \"BriefingPDF\" is not accepting jobs.");
        assertEquals("Destination \"BriefingPDF\" is not accepting jobs.", PaperPrinter.reason(new PrinterIOException(lpr)));
        assertEquals("Printer is not accepting job.",
                PaperPrinter.reason(new PrinterException("Printer is not accepting job.")));
    }

    private static String setup(String ps) {
        int start = ps.indexOf("%%BeginSetup");
        return start < 0 ? "(no setup)" : ps.substring(start, Math.min(ps.length(), start + 300));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
