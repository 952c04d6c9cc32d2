package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

class PrintersTest {
    private final Printers none = new Printers(PrintServiceDirectory.of(List.of(), Optional.empty()));

    @Test
    void noPrintersListsNothing() {
        assertEquals(List.of(), none.list());
    }

    @Test
    void printingWithNoPrinterSaysSoAndHowToStartCups() {
        InputException e = assertThrows(InputException.class,
                () -> new PaperPrinter(none).print(SamplePdf.of(1, PDRectangle.A4), PrintRequest.defaults("memo")));
        assertEquals("no printer available: " + Printers.NO_PRINTER_HINT, e.getMessage());
        InputException named = assertThrows(InputException.class, () -> new PaperPrinter(none)
                .print(SamplePdf.of(1, PDRectangle.A4), PrintRequest.defaults("memo").toPrinter("Office")));
        assertEquals("unknown printer 'Office': no printers are available; " + Printers.NO_PRINTER_HINT,
                named.getMessage());
    }

    @Test
    void listsTheDefaultPrinterMarked() {
        PostScriptStream stream = new PostScriptStream();
        assertEquals(List.of(new Printer(stream.name(), true)), stream.printers().list());
        assertEquals(stream.name() + " (default)", stream.printers().list().get(0).toString());
    }

    @Test
    void anUnknownNameListsTheKnownPrinters() {
        PostScriptStream stream = new PostScriptStream();
        InputException e = assertThrows(InputException.class,
                () -> stream.printers().resolve(Optional.of("Office")));
        assertEquals("unknown printer 'Office'; known printers: " + stream.name() + " (default)", e.getMessage());
    }

    @Test
    void thePrinterForARequestIsCheckedWithoutPrinting() {
        PostScriptStream stream = new PostScriptStream();
        assertEquals(new Printer(stream.name(), true), stream.printer().printerFor(PrintRequest.defaults("m")));
        assertThrows(InputException.class, () -> stream.printer().printerFor(PrintRequest.defaults("m").toPrinter("X")));
        assertThrows(InputException.class, () -> new PaperPrinter(none).printerFor(PrintRequest.defaults("m")));
        assertEquals("", stream.postScript());
    }

    @Test
    void namesMatchExactlyOrIgnoringCase() {
        PostScriptStream stream = new PostScriptStream();
        assertEquals(stream.name(), stream.printers().resolve(Optional.of(stream.name())).getName());
        assertEquals(stream.name(), stream.printers().resolve(Optional.of(stream.name().toUpperCase())).getName());
        assertEquals(stream.name(), stream.printers().resolve(Optional.empty()).getName());
    }
}
