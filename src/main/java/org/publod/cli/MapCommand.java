package org.publod.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.commons.io.output.WriterOutputStream;
import org.publod.PublodException;
import org.publod.pipeline.Pipeline;
import org.publod.pipeline.RdfFileSink;
import org.publod.pipeline.ReportRun;
import org.publod.validate.ProfileValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod map}: the RDF a report would publish, without a store. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Writes the RDF that publishing REPORT would load, validated as publish validates it.")
final class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingOptions mapping;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--format", defaultValue = "ttl",
            description = "ttl, nt, trig, nq, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "REPORT", description = "The report file.")
    Path report;

    @Override
    public Integer call() {
        RdfFileSink.Format rdfFormat = RdfFileSink.Format.of(format);
        Pipeline pipeline = new Pipeline(mapping.settings(), ProfileValidator.bundled(), Clock.systemUTC());
        ReportRun run;
        RunReportPrinter printer = new RunReportPrinter(spec.commandLine().getErr(), spec.commandLine().getErr());
        try (OutputStream out = open()) {
            // The RDF may be on standard output, so the run report goes to standard error.
            run = pipeline.run(report, new RdfFileSink(out, rdfFormat), printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        printer.summary(run);
        return run.rejected() == 0 ? ExitCodes.OK : ExitCodes.ENTRIES_REJECTED;
    }

    private OutputStream open() {
        if (output == null) {
            // Standard output is the command's writer; closing the stream leaves the writer open.
            try {
                return WriterOutputStream.builder().setWriter(CloseShieldWriter.wrap(spec.commandLine().getOut()))
                        .setCharset(StandardCharsets.UTF_8).get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(output));
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, output + ": cannot write (" + e.getMessage()
                    + ")", e);
        }
    }
}
