package org.publod.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.publod.pipeline.Pipeline;
import org.publod.pipeline.ReportRun;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.StoreSink;
import org.publod.store.PublodStore;
import org.publod.validate.ProfileValidator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod publish}: reports into the store, each in its own named graph. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Parses each report, maps it to RDF, validates it and loads what conforms into the store. "
                + "Each report replaces its own named graph.")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    MappingOptions mapping;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Also write each rejected entry's text, with its reasons, to FILE.")
    Path rejectsFile;

    @Option(names = "--serve", description = "Serve the store once published, as with `publod serve --base` set to "
            + "this --base (embedded store only).")
    boolean serve;

    @Option(names = "--link", description = "Link the store once published, as `publod link` would (--index, "
            + "--registry, --decisions, --review and the other link options apply), in the same run.")
    boolean link;

    @Mixin
    LinkOptions linking;

    @ArgGroup(exclusive = false, heading = "Serving (with --serve):%n")
    ServerOptions server = new ServerOptions();

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "The report files to publish.")
    List<Path> reports;

    @Override
    public Integer call() {
        RunReportPrinter printer = new RunReportPrinter(spec.commandLine().getOut(), spec.commandLine().getErr());
        Pipeline pipeline = new Pipeline(mapping.settings(), ProfileValidator.bundled(), Clock.systemUTC());
        List<ReportRun> runs = new ArrayList<>();
        try (PublodStore target = store.open(); RejectsFile rejects = rejectsFile == null ? null
                : RejectsFile.create(rejectsFile)) {
            RunListener listener = rejects == null ? printer : printer.and(rejects);
            StoreSink sink = StoreSink.publishing(target, DescribeCommand.description(mapping));
            for (Path report : reports) {
                ReportRun run = pipeline.run(report, sink, listener);
                printer.summary(run);
                runs.add(run);
            }
            printer.totals(runs, target.describe());
            if (link) {
                linking.link(target, DescribeCommand.description(mapping), null, spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
            if (serve) {
                ServeCommand.serveUntilStopped(target, server, mapping.base, spec.commandLine().getOut());
            }
        }
        boolean anyRejected = runs.stream().anyMatch(run -> run.rejected() > 0);
        return anyRejected ? ExitCodes.ENTRIES_REJECTED : ExitCodes.OK;
    }
}
