package org.briefing.cli;

/** {@code briefing epub SOURCE}: the EPUB edition. */
final class EpubCommand extends FileFormatCommand {
    EpubCommand(BriefingCommand root) {
        super(root, "epub", "Write the briefing as an EPUB 3 edition.");
    }

    @Override
    String format() {
        return "epub";
    }
}
