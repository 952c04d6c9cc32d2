package org.briefing.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.app.OutputTimestamp;
import org.briefing.app.Publisher;
import org.briefing.app.StylesFolder;
import org.briefing.model.BriefingException;
import org.briefing.model.InputException;
import org.briefing.model.Warnings;
import org.briefing.render.RenderOptions;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/** One run of the command line: the context and the global options, and what follows from them. */
final class Invocation {
    private final CliContext context;
    private final String style;
    private final boolean quiet;
    private final boolean verbose;

    Invocation(CliContext context, String style, boolean quiet, boolean verbose) {
        this.context = context;
        this.style = style;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    CliContext context() {
        return context;
    }

    boolean quiet() {
        return quiet;
    }

    boolean verbose() {
        return verbose;
    }

    /** This run, for a command that reads sources: refused when the working folder is gone. */
    Invocation reading() {
        if (!Files.isDirectory(context.workingDir())) {
            // Every relative path would be "no such file", which hides the real cause.
            throw new InputException(UnusableFileName.missingWorkingFolder(context.workingDir()));
        }
        return this;
    }

    /** A path typed by the user, against the working directory. */
    Path resolve(String path) {
        return context.workingDir().resolve(path).normalize();
    }

    /** A path as the user would write it: relative to the working directory when inside it. */
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(context.workingDir())) {
            return absolute.toString();
        }
        String relative = context.workingDir().relativize(absolute).toString();
        // The working directory itself: "." rather than an empty name (which made "build -o ." say "in /").
        return relative.isEmpty() ? "." : relative;
    }

    /** The theme named by {@code --style}: a name in the styles folder, or a file. */
    Theme theme() {
        Path styles = StylesFolder.locate(context.workingDir(), context.codeLocation());
        boolean isPath = style.contains("/") || style.contains("\\") || style.endsWith(".yaml") || style.endsWith(".yml");
        // A theme's 'extends' may name a bundled theme even when the project has a styles/ folder of its own.
        return new ThemeLoader(styles, StylesFolder.bundled(context.codeLocation()))
                .load(isPath ? resolve(style).toString() : style);
    }

    /** Prints warnings as {@code briefing: warning: …} unless quiet. */
    Warnings warnings() {
        PrintStream err = context.err();
        return message -> {
            if (!quiet) {
                synchronized (err) {
                    err.println("briefing: warning: " + message);
                }
            }
        };
    }

    /** The pipeline with the theme loaded and {@code SOURCE_DATE_EPOCH} checked. */
    Publisher publisher(RenderOptions options) {
        return new Publisher(theme(), options, OutputTimestamp.sourceDateEpoch(context.environment()), warnings());
    }

    /** Reports a failure as one line, with the stack trace when verbose. */
    void error(Throwable failure) {
        PrintStream err = context.err();
        synchronized (err) {
            err.println("briefing: error: " + message(failure));
            if (verbose) {
                failure.printStackTrace(err);
            }
        }
    }

    static String message(Throwable failure) {
        if (failure instanceof BriefingException) {
            return failure.getMessage();
        }
        return "internal error: " + failure + " (run with --verbose for details)";
    }
}
