package org.briefing.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/** The root {@code briefing} command: global options, and the subcommands that do the work. */
public final class BriefingCommand implements Callable<Integer> {
    private final CliContext context;
    private final CommandSpec spec;

    public BriefingCommand(CliContext context) {
        this.context = context;
        this.spec = CommandSpecs.command("briefing",
                "Publishes Markdown policy briefings as a PDF memo, an EPUB edition and terminal text.", this);
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().synopsisSubcommandLabel("COMMAND").footerHeading("%nExamples:%n").footer(
                "  briefing print source/north-korea-us-china-cooperation.md --width 72 | less",
                "  briefing pdf source/north-korea-us-china-cooperation.md -o memo.pdf",
                "  briefing build",
                "",
                "Exit codes: 0 success, 1 failure, 2 bad usage or bad input.");
        spec.addOption(CommandSpecs.text("--style").scopeType(ScopeType.INHERIT).paramLabel("NAME|FILE")
                .defaultValue("memo").description("Theme: a name in styles/ or a .yaml file (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(CommandSpecs.text("-q", "--quiet").type(boolean.class).scopeType(ScopeType.INHERIT)
                .description("Print errors only.").build());
        spec.addOption(CommandSpecs.text("-v", "--verbose").type(boolean.class).scopeType(ScopeType.INHERIT)
                .description("Print stack traces with errors.").build());
        // In the order help and error messages list them.
        spec.addSubcommand("pdf", new PdfCommand(this).spec);
        spec.addSubcommand("epub", new EpubCommand(this).spec);
        spec.addSubcommand("print", new PrintCommand(this).spec());
        spec.addSubcommand("printers", new PrintersCommand(this).spec());
        spec.addSubcommand("build", new BuildCommand(this).spec());
        spec.addSubcommand("render", new RenderCommand(this).spec);
    }

    /** The command's picocli model. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given; commands: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** This run's context and global options. */
    Invocation invocation() {
        return new Invocation(context, CommandSpecs.value(spec, "--style"), flag("--quiet"), verbose());
    }

    boolean verbose() {
        return flag("--verbose");
    }

    private boolean flag(String flag) {
        Boolean value = CommandSpecs.value(spec, flag);
        return value != null && value;
    }
}
