package org.publod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.publod.pipeline.GraphSink;
import org.publod.pipeline.Pipeline;
import org.publod.pipeline.ReportRun;
import org.publod.pipeline.RunListener;
import org.publod.validate.ProfileValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code publod bench map}: parse, map and validate a report, several rounds in one JVM (so the first round shows
 * the warm-up and the others the steady state), with no store.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Parses, maps and validates REPORT (no store) in ROUNDS rounds and prints the time of each.")
final class BenchMapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingOptions mapping;

    @Option(names = "--shapes", paramLabel = "FILE",
            description = "Validate with these shapes instead of the bundled ones.")
    List<Path> shapes;

    @Option(names = "--rounds", defaultValue = "2", description = "How many rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Parameters(paramLabel = "REPORT")
    Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProfileValidator validator = shapes == null ? ProfileValidator.bundled() : ProfileValidator.fromFiles(shapes);
        Pipeline pipeline = new Pipeline(mapping.settings(), validator, Clock.systemUTC(), threads);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            ReportRun run = pipeline.run(report, GraphSink.DISCARD, RunListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("round %d: %,d entries (%,d published, %,d rejected) in %.1f s: %.2f ms per entry%n", round,
                    run.entriesRead(), run.published(), run.rejected(), seconds, 1000 * seconds / run.entriesRead());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
