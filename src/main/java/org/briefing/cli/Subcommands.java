package org.briefing.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The subcommands of {@code briefing}, and which of them a run must register with picocli. Picocli reads
 * every registered command's annotations reflectively (one dynamic proxy per annotation type, the fields of
 * every option) before parsing; for the seed's {@code print} that was about a third of the Java time of
 * the run (JFR). A run whose arguments name a subcommand after the root options can only ever reach that
 * one, so only it is registered; otherwise (help, no command, an unknown one) all are, in this order.
 */
final class Subcommands {
    /** The subcommands in the order help and error messages list them. */
    private static final Map<String, Function<BriefingCommand, CommandSpec>> ALL = all();
    /** Root options that take no value, and the one that takes a value. */
    private static final Set<String> ROOT_FLAGS = Set.of("-q", "--quiet", "-v", "--verbose");
    private static final String STYLE = "--style";

    private Subcommands() {
    }

    private static Map<String, Function<BriefingCommand, CommandSpec>> all() {
        Map<String, Function<BriefingCommand, CommandSpec>> all = new LinkedHashMap<>();
        all.put("pdf", root -> new PdfCommand(root).spec);
        all.put("epub", root -> new EpubCommand(root).spec);
        all.put("print", root -> new PrintCommand(root).spec());
        all.put("printers", root -> new PrintersCommand(root).spec());
        all.put("build", root -> new BuildCommand(root).spec());
        all.put("render", root -> new RenderCommand(root).spec);
        return all;
    }

    /** Subcommands that read a source; the others (help, printers) start no background work. */
    private static final Set<String> READING = Set.of("pdf", "epub", "print", "build", "render");
    private static final Set<String> INFO_FLAGS = Set.of("-h", "--help", "-V", "--version");

    /**
     * Whether a run will read a source: one subcommand that reads is registered and no argument asks for
     * help or the version instead (a guess that only decides whether start-up work begins ahead).
     */
    static boolean readsSource(List<String> registered, String... args) {
        if (registered.size() != 1 || !READING.contains(registered.iterator().next())) {
            return false;
        }
        for (String arg : args) {
            if (INFO_FLAGS.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code --style} value the arguments most likely give (the last {@code --style X} or
     * {@code --style=X}, else the default {@code memo}). A guess: picocli's parse decides.
     */
    static String likelyStyle(String... args) {
        String style = "memo";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals(STYLE) && i + 1 < args.length) {
                style = args[++i];
            } else if (args[i].startsWith(STYLE + "=")) {
                style = args[i].substring(STYLE.length() + 1);
            }
        }
        return style;
    }

    /**
     * Whether a run of {@code subcommand} will most likely render a PDF: {@code pdf}, {@code build}
     * ({@code pdf} unless {@code -f} is given without it), {@code render -f pdf} and {@code print --printer}.
     */
    static boolean likelyRendersPdf(String subcommand, String... args) {
        List<String> list = List.of(args);
        return switch (subcommand) {
            case "pdf" -> true;
            case "build" -> !(list.contains("-f") || list.contains("--format")
                    || list.stream().anyMatch(a -> a.startsWith("--format=") || a.startsWith("-f") && a.length() > 2))
                    || list.stream().anyMatch(a -> a.contains("pdf") && !a.endsWith(".md") && !a.startsWith("--pdf-"));
            case "render" -> list.stream().anyMatch(a -> a.equals("pdf") || a.endsWith("=pdf") || a.equals("-fpdf"));
            case "print" -> list.stream().anyMatch(a -> a.equals("--printer") || a.startsWith("--printer="));
            default -> false;
        };
    }

    /** The model of subcommand {@code name} of {@code root}, for one run. */
    static CommandSpec create(String name, BriefingCommand root) {
        return ALL.get(name).apply(root);
    }

    /** Options of the one-source commands that take a value as the next argument (unless written NAME=VALUE). */
    private static final Set<String> VALUE_OPTIONS = Set.of(STYLE, "-o", "--output", "--pdf-standard", "-f",
            "--format", "-w", "--width", "--color", "--copies", "--pages", "--paper");
    private static final Set<String> ONE_SOURCE = Set.of("pdf", "epub", "print", "render");

    /**
     * The SOURCE argument a run of a one-source command most likely gives: the first argument after the
     * subcommand that is neither an option nor an option's value; null for other commands or none found.
     * A guess: picocli's parse decides, and a wrong guess only wastes the reading done ahead.
     */
    static String likelySource(String subcommand, String... args) {
        if (!ONE_SOURCE.contains(subcommand)) {
            return null;
        }
        int i = List.of(args).indexOf(subcommand) + 1;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("--")) {
                return i + 1 < args.length ? args[i + 1] : null;
            } else if (VALUE_OPTIONS.contains(arg)) {
                i += 2;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                i++;
            } else {
                return arg;
            }
        }
        return null;
    }

    /** Every subcommand name, in listing order. */
    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * The subcommands to register for these arguments: the one named by the first argument after the root
     * options, or all of them when there is no such argument or an argument is anything else.
     */
    static List<String> needed(String... args) {
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (ROOT_FLAGS.contains(arg) || arg.startsWith(STYLE + "=")) {
                i++;
            } else if (arg.equals(STYLE)) {
                i += 2;
            } else {
                break;
            }
        }
        return i < args.length && ALL.containsKey(args[i]) ? List.of(args[i]) : names();
    }
}
