package org.briefing.cli;

import picocli.CommandLine.Command;

/** {@code briefing epub SOURCE}: the EPUB edition. */
@Command(name = "epub", mixinStandardHelpOptions = true, header = "Write the briefing as an EPUB 3 edition.")
final class EpubCommand extends FileFormatCommand {
    @Override
    String format() {
        return "epub";
    }
}
