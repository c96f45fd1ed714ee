package org.publod.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.publod.Credentials;
import org.publod.PublodException;
import org.publod.pipeline.Pipeline;
import org.publod.pipeline.ReportRun;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.RunSummary;
import org.publod.pipeline.StoreSink;
import org.publod.store.PublodStore;
import org.publod.validate.ProfileValidator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
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

    @Option(names = "--server", paramLabel = "URL",
            description = "Publish into a running `publod serve` at URL (such as http://127.0.0.1:3030/) instead of "
                    + "a store: it runs the same pipeline under its own base, replaces each report's graph in one "
                    + "transaction while it goes on serving, and this command prints its summary.")
    String serverAddress;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "With --server: the administrator's credentials, one user:password line (default: the "
                    + "environment variables " + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE
                    + ").")
    Path credentialsFile;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "The report files to publish.")
    List<Path> reports;

    @Override
    public Integer call() {
        if (serverAddress != null) {
            return publishIntoServer();
        }
        if (credentialsFile != null) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "--credentials is for --server");
        }
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

    /** Sends each report to the server in turn and prints what it did, as a local run prints it. */
    private int publishIntoServer() {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (String local : List.of("--store", "--sparql-store", "--base", "--rejects", "--serve")) {
            if (parsed.hasMatchedOption(local)) {
                throw new PublodException(PublodException.ErrorCode.INPUT, local + " cannot be used with --server: "
                        + "the server publishes into its own store, under its own base");
            }
        }
        ServerClient client = new ServerClient(serverAddress);
        Credentials credentials = ServerClient.credentials(credentialsFile);
        client.checkCredentials(credentials);
        RunReportPrinter printer = new RunReportPrinter(spec.commandLine().getOut(), spec.commandLine().getErr());
        List<RunSummary> runs = new ArrayList<>();
        for (Path report : reports) {
            RunSummary run = client.publish(report, credentials, mapping.serverParameters());
            printer.replay(run);
            runs.add(run);
        }
        printer.summaryTotals(runs, "the server at " + client.address());
        return runs.stream().anyMatch(run -> run.rejected() > 0) ? ExitCodes.ENTRIES_REJECTED : ExitCodes.OK;
    }
}
