package org.briefing.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.print.PrintService;
import org.briefing.model.InputException;

/** The printers the system offers ({@code briefing printers}) and the choice of one by name. */
public final class Printers {
    static final String NO_PRINTER_HINT = "is a CUPS scheduler running? (Linux: start it, or run scripts/cups-start.sh)";

    private final PrintServiceDirectory directory;

    Printers(PrintServiceDirectory directory) {
        this.directory = directory;
    }

    /** The printers of this machine's print service (CUPS on Linux). */
    public static Printers system() {
        return new Printers(PrintServiceDirectory.system());
    }

    /** The available printers sorted by name, the default one marked; empty when there are none. */
    public List<Printer> list() {
        Optional<String> defaultName = directory.defaultService().map(PrintService::getName);
        List<Printer> printers = new ArrayList<>();
        for (PrintService service : directory.services()) {
            printers.add(new Printer(service.getName(), defaultName.filter(service.getName()::equals).isPresent()));
        }
        printers.sort(Comparator.comparing(Printer::name));
        return List.copyOf(printers);
    }

    /**
     * The service for a printer name, or the default one when the name is empty. Fails with an
     * {@link InputException} when there is no printer at all, the name is unknown (listing the known
     * ones) or no name is given and no default is set.
     */
    PrintService resolve(Optional<String> name) {
        List<PrintService> services = directory.services();
        if (services.isEmpty()) {
            throw new InputException(name.map(n -> "unknown printer '" + n + "': no printers are available; ")
                    .orElse("no printer available: ") + NO_PRINTER_HINT);
        }
        if (name.isEmpty()) {
            return directory.defaultService().orElseThrow(() -> new InputException(
                    "no default printer is set; name one with --printer (known printers: " + known() + ")"));
        }
        String wanted = name.get();
        for (PrintService service : services) {
            if (service.getName().equals(wanted)) {
                return service;
            }
        }
        // CUPS queue names are case-insensitive, so accept a unique case-insensitive match as well.
        List<PrintService> loose = services.stream()
                .filter(s -> s.getName().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
        if (loose.size() == 1) {
            return loose.get(0);
        }
        throw new InputException("unknown printer '" + wanted + "'; known printers: " + known());
    }

    private String known() {
        return list().stream().map(Printer::toString).collect(Collectors.joining(", "));
    }
}
