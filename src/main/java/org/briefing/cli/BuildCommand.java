package org.briefing.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.briefing.app.BatchBuild;
import org.briefing.app.Publisher;
import org.briefing.app.SourceFiles;
import org.briefing.model.BriefingException;
import org.briefing.model.InputException;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code briefing build [PATH…]}: every source in every file format, in parallel. */
final class BuildCommand implements Callable<Integer> {
    /** Formats that write to the terminal rather than to files. */
    private static final List<String> NOT_FILES = List.of("text");
    private static final int MAX_JOBS = 64;

    private final BriefingCommand root;
    private final CommandSpec spec;

    BuildCommand(BriefingCommand root) {
        this.root = root;
        this.spec = CommandSpecs.command("build",
                "Publish every *.md under source/ (or the given files and folders) in every file format.", this);
        spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("0..*").paramLabel("PATH")
                .type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>())
                .description("Markdown files or folders (default: source).").build());
        spec.addOption(CommandSpecs.text("-o", "--output-dir").paramLabel("DIR").defaultValue("output")
                .description("Where to write (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("-f", "--format").paramLabel("FORMAT").splitRegex(",")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Only these formats (default: every file format available).").build());
        spec.addOption(OptionSpec.builder("-j", "--jobs").paramLabel("N").type(int.class).defaultValue("2")
                .description("Documents built at once (default: ${DEFAULT-VALUE}).").build());
        PdfStandardOption.addTo(spec);
        TocOption.addTo(spec);
    }

    /** The command's picocli model. */
    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Invocation run = root.invocation().reading();
        List<String> paths = spec.positionalParameters().get(0).getValue();
        String outputDir = CommandSpecs.value(spec, "--output-dir");
        int jobs = CommandSpecs.<Integer>value(spec, "--jobs");
        if (jobs < 1 || jobs > MAX_JOBS) {
            throw new InputException("--jobs must be between 1 and " + MAX_JOBS + ", was " + jobs);
        }
        List<String> chosen = formats(Renderers.discover(), CommandSpecs.value(spec, "--format"));
        List<Path> sources = SourceFiles.collect(paths, run.context().workingDir());
        refuseSharedOutputs(sources, run);
        Publisher publisher = run.publisher(RenderOptions.defaults().withPdf(PdfStandardOption.value(spec))
                .withToc(TocOption.value(spec)));
        Path output = run.resolve(outputDir);
        PrintStream out = run.context().out();
        long start = System.nanoTime();
        List<BatchBuild.Outcome> outcomes = new BatchBuild(publisher, chosen, output, jobs)
                .run(sources, run::display, (outcome, done, total) -> report(run, outcome, done, total));
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        if (!run.quiet()) {
            int files = outcomes.stream().mapToInt(o -> o.written().size()).sum();
            String seconds = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
            out.println(failed == 0
                    ? "Built " + outcomes.size() + " document(s), " + files + " file(s) in " + run.display(output)
                      + "/ (" + seconds + ")"
                    : "Built " + (outcomes.size() - failed) + " of " + outcomes.size() + " document(s), " + files
                      + " file(s) in " + run.display(output) + "/; " + failed + " failed (" + seconds + ")");
        }
        if (failed == 0) {
            return 0;
        }
        boolean onlyBadInput = outcomes.stream().filter(o -> !o.ok()).allMatch(o -> o.failure() instanceof InputException);
        return onlyBadInput ? 2 : 1;
    }

    /**
     * Outputs are named after the source file, so source/memo.md and source/2016/memo.md would both write
     * output/memo.pdf: the second silently replacing the first, or both racing with -j 2.
     */
    private static void refuseSharedOutputs(List<Path> sources, Invocation run) {
        Map<String, Path> bySlug = new HashMap<>();
        for (Path source : sources) {
            Path earlier = bySlug.putIfAbsent(Publisher.slugOf(source), source);
            if (earlier != null) {
                throw new InputException(run.display(source) + ": writes the same output files as "
                        + run.display(earlier) + " (both named " + Publisher.slugOf(source)
                        + ".*); rename one or build them with different -o folders");
            }
        }
    }

    private static List<String> formats(Renderers renderers, List<String> formats) {
        if (formats != null && !formats.isEmpty()) {
            formats.forEach(renderers::get);
            return formats.stream().distinct().toList();
        }
        List<String> files = renderers.formats().stream().filter(f -> !NOT_FILES.contains(f)).toList();
        if (files.isEmpty()) {
            throw new BriefingException("no file formats are available to build; known formats: "
                    + String.join(", ", renderers.formats()));
        }
        return files;
    }

    private static void report(Invocation run, BatchBuild.Outcome outcome, int done, int total) {
        String counter = "[" + done + "/" + total + "] ";
        if (outcome.ok()) {
            if (!run.quiet()) {
                String files = outcome.written().stream().map(run::display).collect(Collectors.joining(", "));
                run.context().out().println(counter + outcome.displayName() + " → " + files
                        + String.format(Locale.ROOT, " (%.1f s)", outcome.time().toNanos() / 1e9));
                run.context().out().flush();
            }
        } else {
            if (!run.quiet()) {
                run.context().out().println(counter + outcome.displayName() + " FAILED");
                run.context().out().flush();
            }
            run.error(outcome.failure());
        }
    }
}
