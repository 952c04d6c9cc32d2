package org.briefing.paper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;

/**
 * The JDK's own PostScript stream print service: a real printer driver that writes its PostScript
 * into memory instead of a spooler, so the whole printing path runs in unit tests without CUPS.
 */
final class PostScriptStream {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StreamPrintService service;

    PostScriptStream() {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, DocFlavor.BYTE_ARRAY.POSTSCRIPT.getMimeType());
        if (factories.length == 0) {
            throw new IllegalStateException("this JDK has no PostScript stream print service");
        }
        service = factories[0].getPrintService(out);
    }

    /** The service's name as printers list it. */
    String name() {
        return service.getName();
    }

    /** A printer that prints to this stream, which is also the default printer. */
    PaperPrinter printer() {
        return new PaperPrinter(printers());
    }

    /** A printer list holding only this stream, as the default printer. */
    Printers printers() {
        return new Printers(PrintServiceDirectory.of(List.of(service), Optional.of(service)));
    }

    /** The PostScript written so far. */
    String postScript() {
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** The DSC page comments ({@code %%Page: ...}) of the PostScript written so far. */
    List<String> pageComments() {
        return postScript().lines().filter(line -> line.startsWith("%%Page:")).toList();
    }
}
