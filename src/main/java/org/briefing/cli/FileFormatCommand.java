package org.briefing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.app.Publisher;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderer;
import org.briefing.render.Renderers;
import picocli.CommandLine.Model.CommandSpec;

/** Renders one source into one file of a format: {@code output/<slug>.<ext>} unless {@code -o} says otherwise. */
abstract class FileFormatCommand implements Callable<Integer> {
    private final BriefingCommand root;
    /** The command's picocli model; subclasses add their options. */
    final CommandSpec spec;

    FileFormatCommand(BriefingCommand root, String name, String header) {
        this.root = root;
        this.spec = CommandSpecs.command(name, header, this);
        spec.addPositional(CommandSpecs.source());
        spec.addOption(CommandSpecs.text("-o", "--output").paramLabel("FILE")
                .description("Where to write (default: output/<source name>.<extension>; - for standard output).")
                .build());
        TocOption.addTo(spec);
    }

    /** The format to render. */
    abstract String format();

    /** The options this command's format is rendered with. */
    RenderOptions options() {
        return RenderOptions.defaults();
    }

    @Override
    public Integer call() throws Exception {
        String source = spec.positionalParameters().get(0).getValue();
        String output = CommandSpecs.value(spec, "--output");
        Invocation run = root.invocation().reading();
        Renderer renderer = Renderers.discover().get(format());
        Publisher publisher = run.publisher(options().withToc(TocOption.value(spec)));
        Publisher.Prepared prepared = publisher.read(run.resolve(source), source);
        if ("-".equals(output)) {
            run.context().out().write(publisher.bytes(prepared, renderer));
            afterWrite(run, prepared, true);
            return 0;
        }
        Path target = output != null ? run.resolve(output)
                : run.resolve("output").resolve(prepared.slug() + "." + renderer.extension());
        publisher.write(prepared, renderer, target, run.display(target));
        if (!run.quiet()) {
            run.context().out().println("Wrote " + run.display(target));
        }
        afterWrite(run, prepared, false);
        return 0;
    }

    /** Hook for what a format prints once its file is written ({@code toStdout}: the file went to stdout). */
    void afterWrite(Invocation run, Publisher.Prepared prepared, boolean toStdout) {
    }
}
