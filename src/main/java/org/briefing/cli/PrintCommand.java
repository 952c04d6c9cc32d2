package org.briefing.cli;

import java.util.concurrent.Callable;
import org.briefing.app.Publisher;
import org.briefing.model.InputException;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderer;
import org.briefing.render.Renderers;
import org.briefing.render.TextOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code briefing print SOURCE}: the briefing as text on standard output, or with {@code --printer [NAME]}
 * the PDF memo on paper.
 */
final class PrintCommand implements Callable<Integer> {
    static final int MIN_WIDTH = TextOptions.MIN_WIDTH;
    static final int MAX_WIDTH = 1000;
    private static final int DEFAULT_WIDTH = 80;

    /** When to use ANSI styles. */
    enum ColorChoice { auto, always, never }

    private final BriefingCommand root;
    private final CommandSpec spec;
    private final PaperOptions paper;

    PrintCommand(BriefingCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command("print",
                "Print the briefing as text on standard output, or with --printer on paper.", this);
        spec.addPositional(CommandSpecs.source());
        spec.addOption(OptionSpec.builder("-w", "--width").type(Integer.class).paramLabel("N")
                .description("Columns to wrap at (default: $COLUMNS, else 80).").build());
        spec.addOption(OptionSpec.builder("--color").type(ColorChoice.class).paramLabel("WHEN").defaultValue("auto")
                .description("ANSI styles: auto (when standard output is a terminal and NO_COLOR is unset), always, never.")
                .build());
        TocOption.addTo(spec);
        this.paper = new PaperOptions(spec);
    }

    /** The command's picocli model. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        String source = spec.positionalParameters().get(0).getValue();
        Invocation run = root.invocation().reading();
        if (paper.wanted()) {
            return paper.print(run, source);
        }
        RenderOptions options = RenderOptions.defaults()
                .withText(new TextOptions(width(run.context()), ansi(run.context()))).withToc(TocOption.value(spec));
        Renderer renderer = Renderers.discover().get("text");
        Publisher publisher = run.publisher(options);
        Publisher.Prepared prepared = publisher.read(run.resolve(source), source);
        run.context().out().write(publisher.bytes(prepared, renderer));
        return 0;
    }

    private int width(CliContext context) {
        Integer width = CommandSpecs.value(spec, "--width");
        if (width != null) {
            if (width < MIN_WIDTH || width > MAX_WIDTH) {
                throw new InputException("--width must be between " + MIN_WIDTH + " and " + MAX_WIDTH + ", was " + width);
            }
            return width;
        }
        String columns = context.environment().get("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}")) {
            return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Integer.parseInt(columns.strip())));
        }
        return DEFAULT_WIDTH;
    }

    private boolean ansi(CliContext context) {
        ColorChoice color = CommandSpecs.value(spec, "--color");
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> context.terminal()
                    && context.environment().getOrDefault("NO_COLOR", "").isEmpty()
                    && !"dumb".equals(context.environment().get("TERM"));
        };
    }
}
