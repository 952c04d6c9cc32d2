package org.briefing.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.model.InputException;
import org.briefing.paper.Printer;
import org.briefing.paper.Printers;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code briefing printers}: the printers {@code briefing print --printer} can use, the default marked. */
@Command(name = "printers", mixinStandardHelpOptions = true, header = "List the printers; the default is marked.")
final class PrintersCommand implements Callable<Integer> {
    @ParentCommand
    private BriefingCommand root;

    @Override
    public Integer call() {
        List<Printer> printers = Printers.system().list();
        if (printers.isEmpty()) {
            throw new InputException("no printer available: is a CUPS scheduler running? "
                    + "(Linux: start it, or run scripts/cups-start.sh)");
        }
        for (Printer printer : printers) {
            root.invocation().context().out().println(printer.isDefault() ? printer.name() + "  (default)" : printer.name());
        }
        return 0;
    }
}
