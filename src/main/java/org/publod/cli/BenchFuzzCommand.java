package org.publod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.publod.PublodException;
import org.publod.pipeline.Pipeline;
import org.publod.pipeline.ReportFuzzer;
import org.publod.pipeline.RunListener;
import org.publod.validate.ProfileValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod bench fuzz}: damaged generated entries through parse, map and validate; nothing may escape. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Generates realistic entries, damages every one of them (seeded), runs them through parse, "
                + "map and validate (no store), and counts the exceptions that escaped an entry.",
            "Exit code 0 when none escaped and every entry read was published or rejected, 1 otherwise."})
final class BenchFuzzCommand implements Callable<Integer> {
    private static final long PROGRESS_EVERY = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    MappingOptions mapping;

    @Option(names = "--entries", defaultValue = "100000", description = "How many entries (default: ${DEFAULT-VALUE}).")
    long entries;

    @Option(names = "--seed", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--batch", defaultValue = "5000",
            description = "Entries per generated report (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        if (entries < 1 || batch < 1) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "--entries and --batch must be 1 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(mapping.settings(), ProfileValidator.bundled(), Clock.systemUTC(), threads);
        Path directory = temporaryDirectory();
        ReportFuzzer.Result result;
        try {
            result = new ReportFuzzer(pipeline, directory).run(entries, seed, batch, new RunListener() {
                @Override
                public void entryRead(String report, long read) {
                    if (read % PROGRESS_EVERY == 0) {
                        spec.commandLine().getErr().printf("%,d entries read%n", read);
                    }
                }
            });
        } finally {
            directory.toFile().delete();
        }
        out.printf("bench fuzz: seed %d, %,d entries generated and damaged: %,d read, %,d published, %,d rejected; "
                + "%,d escaped exceptions; read = published + rejected: %s; %.1f s%n", seed, result.entriesWritten(),
                result.read(), result.published(), result.rejected(), result.escapes(),
                result.invariantHolds() ? "yes" : "NO", result.elapsed().toMillis() / 1000.0);
        result.escapeMessages().forEach(message -> out.println("  escaped: " + message));
        return result.clean() ? ExitCodes.OK : ExitCodes.INTERNAL;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("publod-fuzz");
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot create a temporary folder ("
                    + e.getMessage() + ")", e);
        }
    }
}
