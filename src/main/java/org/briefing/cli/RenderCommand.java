package org.briefing.cli;

import org.briefing.render.RenderOptions;
/** {@code briefing render -f FORMAT SOURCE}: any format on the class path, including plug-ins. */
final class RenderCommand extends FileFormatCommand {
    RenderCommand(BriefingCommand root) {
        super(root, "render", "Write the briefing in any available format, including plug-in formats.");
        spec.addOption(CommandSpecs.text("-f", "--format").required(true).paramLabel("FORMAT")
                .description("The format, e.g. pdf.").build());
        PdfStandardOption.addTo(spec);
    }

    @Override
    String format() {
        return CommandSpecs.value(spec, "--format");
    }

    @Override
    RenderOptions options() {
        return RenderOptions.defaults().withPdf(PdfStandardOption.value(spec));
    }
}
