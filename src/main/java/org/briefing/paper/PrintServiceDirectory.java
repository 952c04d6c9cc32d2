package org.briefing.paper;

import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/**
 * Where printers come from. The system directory asks the Java Print Service (CUPS over IPP on Linux);
 * tests pass a fixed list to reach the "no printer" paths without a scheduler.
 */
interface PrintServiceDirectory {

    /** Every print service, in the order the platform reports them. */
    List<PrintService> services();

    /** The platform's default print service, if one is set. */
    Optional<PrintService> defaultService();

    /** The Java Print Service's own lookup. */
    static PrintServiceDirectory system() {
        return new PrintServiceDirectory() {
            @Override
            public List<PrintService> services() {
                return List.of(PrintServiceLookup.lookupPrintServices(null, null));
            }

            @Override
            public Optional<PrintService> defaultService() {
                return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
            }
        };
    }

    /** A fixed list with an optional default, for tests and for a caller that already looked services up. */
    static PrintServiceDirectory of(List<PrintService> services, Optional<PrintService> defaultService) {
        List<PrintService> copy = List.copyOf(services);
        return new PrintServiceDirectory() {
            @Override
            public List<PrintService> services() {
                return copy;
            }

            @Override
            public Optional<PrintService> defaultService() {
                return defaultService;
            }
        };
    }
}
