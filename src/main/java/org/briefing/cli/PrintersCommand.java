package org.briefing.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.model.InputException;
import org.briefing.paper.Printer;
import org.briefing.paper.Printers;
import picocli.CommandLine.Model.CommandSpec;

/** {@code briefing printers}: the printers {@code briefing print --printer} can use, the default marked. */
final class PrintersCommand implements Callable<Integer> {
    private final BriefingCommand root;
    private final CommandSpec spec;

    PrintersCommand(BriefingCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command("printers", "List the printers; the default is marked.", this);
    }

    /** The command's picocli model. */
    CommandSpec spec() {
        return spec;
    }

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
