package org.publod.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.publod.PublodException;
import org.publod.generate.ReportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod generate}: a realistic report of any size, for sizing hardware and for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a reproducible, realistic report in the IPPT PAN format.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--entries", required = true, description = "How many entries.")
    long entries;

    @Option(names = "--seed", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--defects", defaultValue = "0.01",
            description = "The share of entries damaged on purpose, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double defects;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The report to write.")
    Path output;

    @Override
    public Integer call() {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), 1 << 16)) {
            new ReportGenerator(seed, defects).write(entries, out);
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, output + ": cannot write (" + e.getMessage()
                    + ")", e);
        } catch (IllegalArgumentException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("%s: %,d entries (seed %d, %.1f%% defective)%n", output, entries, seed,
                defects * 100);
        return ExitCodes.OK;
    }
}
