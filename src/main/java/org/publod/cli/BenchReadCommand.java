package org.publod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.publod.parse.ParsedEntry;
import org.publod.parse.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod bench read}: how fast the reader goes through a report, and the heap it needs. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Reads every entry of REPORT (no mapping, no store) and prints entries per second and peak heap.")
final class BenchReadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingOptions mapping;

    @Parameters(paramLabel = "REPORT")
    Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BenchCommand.HeapPeak heap = BenchCommand.HeapPeak.start();
        long start = System.nanoTime();
        long accepted = 0;
        long rejected = 0;
        try (ReportReader reader = ReportReader.open(report, mapping.encoding, mapping.instituteShortName)) {
            for (ParsedEntry entry : (Iterable<ParsedEntry>) reader.entries()::iterator) {
                if (entry instanceof ParsedEntry.Accepted) {
                    accepted++;
                } else {
                    rejected++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%s: %,d entries (%,d accepted, %,d rejected) in %.1f s: %,.0f entries/s; peak heap %,d MiB%n",
                report.getFileName(), accepted + rejected, accepted, rejected, seconds,
                (accepted + rejected) / seconds, heap.peakMebibytes());
        return ExitCodes.OK;
    }
}
