package org.briefing.cli;

import org.briefing.render.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing render -f FORMAT SOURCE}: any format on the class path, including plug-ins. */
@Command(name = "render", mixinStandardHelpOptions = true,
        header = "Write the briefing in any available format, including plug-in formats.")
final class RenderCommand extends FileFormatCommand {
    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "The format, e.g. pdf.")
    private String format;

    @Mixin
    private PdfStandardOption standard;

    @Override
    String format() {
        return format;
    }

    @Override
    RenderOptions options() {
        return RenderOptions.defaults().withPdf(standard.options());
    }
}
