package org.briefing.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The {@code --toc} option shared by the commands that render a briefing. */
final class TocOption {
    private static final String NAME = "--toc";

    private TocOption() {
    }

    /** Adds the option to a command. */
    static void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.flag(NAME, "Print a table of contents after the title block, whatever the "
                + "front matter and theme say."));
    }

    /** Whether the option was given. */
    static boolean value(CommandSpec spec) {
        Boolean toc = CommandSpecs.value(spec, NAME);
        return toc != null && toc;
    }
}
