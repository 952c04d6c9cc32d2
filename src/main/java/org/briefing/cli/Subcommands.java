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

    /** The model of subcommand {@code name} of {@code root}, for one run. */
    static CommandSpec create(String name, BriefingCommand root) {
        return ALL.get(name).apply(root);
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
