package org.briefing.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.Optional;
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
    /**
     * Exit code when the reader of standard output went away (a closed pipe): nothing is printed, and the
     * code is the one a shell reports for {@code cat} ended by SIGPIPE (128 + 13).
     */
    public static final int CLOSED_PIPE = 141;

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
        int code = run(context, new BriefingCommand(context), args);
        return afterOutput(context, code);
    }

    /**
     * The exit code once standard output is flushed: a write that failed (PrintStream only flags it) is a
     * failure with one line, except a closed pipe, which ends the run quietly as it would {@code cat}.
     */
    private static int afterOutput(CliContext context, int code) {
        PrintStream out = context.out();
        out.flush();
        if (!out.checkError()) {
            return code;
        }
        Optional<IOException> failure = out instanceof StandardOutput recorded ? recorded.failure() : Optional.empty();
        if (failure.isPresent() && StandardOutput.isClosedPipe(failure.get())) {
            return CLOSED_PIPE;
        }
        String reason = failure.map(IOException::getMessage).orElse("write error");
        context.err().println("briefing: error: cannot write to standard output: " + reason);
        return code == OK ? FAILURE : code;
    }

    private static int run(CliContext context, BriefingCommand root, String... args) {
        CommandLine commandLine = new CommandLine(root.spec());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler((ex, arguments) -> usageError(context, ex));
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            Exception failure = ex instanceof InvalidPathException bad
                    ? new InputException(UnusableFileName.message(bad), bad) : ex;
            root.invocation().error(failure);
            return failure instanceof InputException ? BAD_INPUT : FAILURE;
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

    private static int usageError(CliContext context, ParameterException ex) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched && ex.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "'; commands: "
                    + String.join(", ", ex.getCommandLine().getSubcommands().keySet());
        }
        context.err().println("briefing: error: " + message + " (see '" + command + " --help')");
        return BAD_INPUT;
    }
}
