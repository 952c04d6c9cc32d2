package org.briefing.paper;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.briefing.model.InputException;

/** Run in a child JVM by {@link NoCupsIT}: lists printers and tries to print, reporting each outcome on a line. */
public final class NoCupsProbe {
    private NoCupsProbe() {
    }

    public static void main(String[] args) {
        System.out.println("printers=" + Printers.system().list());
        try {
            System.out.println("printed=" + new PaperPrinter().print(SamplePdf.of(1, PDRectangle.A4),
                    PrintRequest.defaults("NoCupsProbe")));
        } catch (InputException e) {
            System.out.println("error=" + e.getMessage());
        }
    }
}
