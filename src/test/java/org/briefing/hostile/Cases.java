package org.briefing.hostile;

import java.util.List;

/** Builders for the usual cases: one source rendered by one command, named "family: input → format". */
final class Cases {
    static final String SOURCE = "source/memo.md";
    static final String PDF = "output/memo.pdf";
    static final String EPUB = "output/memo.epub";

    private Cases() {
    }

    /** {@code briefing pdf source/memo.md [extra…]}. */
    static HostileCase pdf(String family, String input, HostileCase.Setup setup, Expect expect, String... extra) {
        return command(family, input, "pdf", setup, expect, extra);
    }

    /** {@code briefing epub source/memo.md [extra…]}. */
    static HostileCase epub(String family, String input, HostileCase.Setup setup, Expect expect, String... extra) {
        return command(family, input, "epub", setup, expect, extra);
    }

    /** {@code briefing print source/memo.md} (terminal text on standard output). */
    static HostileCase print(String family, String input, HostileCase.Setup setup, Expect expect) {
        return command(family, input, "print", setup, expect).and(Checks.stdoutHasNoControls());
    }

    /** The same input as a PDF case and as an EPUB case. */
    static List<HostileCase> pdfAndEpub(String family, String input, HostileCase.Setup setup, Expect expect,
                                        String... extra) {
        return List.of(pdf(family, input, setup, expect, extra), epub(family, input, setup, expect, extra));
    }

    private static HostileCase command(String family, String input, String format, HostileCase.Setup setup,
                                       Expect expect, String... extra) {
        String[] args = new String[2 + extra.length];
        args[0] = format;
        args[1] = SOURCE;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new HostileCase(family + ": " + input + " → " + format, setup, Launches.inProcess(args), expect);
    }
}
