package org.briefing.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code briefing} command: global options, and the subcommands that do the work. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Publishes Markdown policy briefings as a PDF memo, an EPUB edition and terminal text.",
        synopsisSubcommandLabel = "COMMAND", footerHeading = "%nExamples:%n",
        footer = {"  briefing print source/north-korea-us-china-cooperation.md --width 72 | less",
                  "  briefing pdf source/north-korea-us-china-cooperation.md -o memo.pdf",
                  "  briefing build",
                  "",
                  "Exit codes: 0 success, 1 failure, 2 bad usage or bad input."},
        subcommands = {PdfCommand.class, EpubCommand.class, PrintCommand.class, PrintersCommand.class,
                       BuildCommand.class, RenderCommand.class})
public final class BriefingCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--style", scope = ScopeType.INHERIT, paramLabel = "NAME|FILE", defaultValue = "memo",
            description = "Theme: a name in styles/ or a .yaml file (default: ${DEFAULT-VALUE}).")
    private String style;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print errors only.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    private boolean verbose;

    public BriefingCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given; commands: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** This run's context and global options. */
    Invocation invocation() {
        return new Invocation(context, style, quiet, verbose);
    }
}
