package org.briefing.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefing.app.WarmUp;
import org.briefing.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code briefing} program. Maps outcomes to exit codes in one place: 0 success, 1 failure,
 * 2 bad usage or bad input; errors are one {@code briefing: error: …} line.
 */
public final class Main {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when something could not be done. */
    public static final int FAILURE = 1;
    /** Exit code for bad usage or bad input. */
    public static final int BAD_INPUT = 2;

    private Main() {
    }

    public static void main(String[] args) {
        CliContext context = CliContext.system();
        int code = run(context, args);
        context.out().flush();
        context.err().flush();
        System.exit(code);
    }

    /** Runs the command line in a context and returns the exit code; never exits the JVM. */
    public static int run(CliContext context, String... args) {
        List<String> subcommands = Subcommands.needed(args);
        try (WarmUp warmUp = warmUp(context, subcommands, args)) {
            return run(context, new BriefingCommand(context, warmUp), subcommands, args);
        }
    }

    private static int run(CliContext context, BriefingCommand root, List<String> subcommands, String... args) {
        for (String name : subcommands) {
            root.spec().addSubcommand(name, Subcommands.create(name, root));
        }
        CommandLine commandLine = new CommandLine(root.spec());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler((ex, arguments) -> usageError(context, ex));
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            root.invocation().error(ex);
            return ex instanceof InputException ? BAD_INPUT : FAILURE;
        });
        try {
            int code = commandLine.execute(args);
            context.out().flush();
            return code;
        } catch (StackOverflowError e) {
            context.err().println("briefing: error: internal error: " + e);
            return FAILURE;
        }
    }

    /**
     * Background start-up work for a run that reads a source, with the theme and formats its arguments
     * most likely ask for (see {@link Subcommands#likelyStyle}); none for help, version and printers.
     */
    private static WarmUp warmUp(CliContext context, List<String> subcommands, String... args) {
        if (!Subcommands.readsSource(subcommands, args)) {
            return WarmUp.NONE;
        }
        String style = Subcommands.likelyStyle(args);
        String source = Subcommands.likelySource(subcommands.get(0), args);
        // Resolved as the commands resolve it (Invocation.resolve), so that the reading done ahead is taken.
        return WarmUp.start(style, () -> new Invocation(context, style, true, false).theme(),
                Subcommands.likelyRendersPdf(subcommands.get(0), args),
                source == null ? null : context.workingDir().resolve(source).normalize(), source);
    }

    private static int usageError(CliContext context, ParameterException ex) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched && ex.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "'; commands: "
                    + String.join(", ", Subcommands.names());
        }
        context.err().println("briefing: error: " + message + " (see '" + command + " --help')");
        return BAD_INPUT;
    }
}
