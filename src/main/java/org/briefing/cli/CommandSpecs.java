package org.briefing.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds picocli's model of a command in code, with picocli's own builders: the help text, error messages
 * and parsing are the ones annotations would give, without the reflective reading of annotations that
 * cost a cold run about 0.13 s of CPU (docs/performance.md).
 */
final class CommandSpecs {
    private CommandSpecs() {
    }

    /**
     * A command running {@code command} (not inspected for annotations) with the standard
     * {@code -h/--help} and {@code -V/--version} options and a one-line header.
     */
    static CommandSpec command(String name, String header, Object command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().header(header);
        // What picocli's mixinStandardHelpOptions adds, without reading its annotated mixin.
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** An option taking one string value. */
    static OptionSpec.Builder text(String... names) {
        return OptionSpec.builder(names).type(String.class);
    }

    /** An option without a value. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).description(description).build();
    }

    /** The single {@code SOURCE} parameter of the commands that render one briefing. */
    static PositionalParamSpec source() {
        return PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("SOURCE").type(String.class)
                .description("The Markdown briefing.").build();
    }

    /** The value of an option after parsing (its default when not given). */
    static <T> T value(CommandSpec spec, String option) {
        return spec.findOption(option).getValue();
    }
}
