package org.publod.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.publod.generate.DblpDumpGenerator;
import org.publod.link.DblpIndex;
import org.publod.link.DblpIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod bench index}: indexes a generated dump and reports throughput, heap and lookup time. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Generates a dblp dump of N records (gzipped N-Triples) in DIR, indexes it, and prints "
                + "records per second, peak heap and the mean time of a title lookup.")
final class BenchIndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--records", defaultValue = "1000000",
            description = "How many records (default: ${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--dir", paramLabel = "DIR", required = true, description = "Where to write dump and index.")
    Path directory;

    @Override
    public Integer call() {
        Path dump = directory.resolve("dblp-generated.nt.gz");
        try {
            Files.createDirectories(directory);
            try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(dump), 1 << 16),
                    StandardCharsets.UTF_8)) {
                new DblpDumpGenerator(1, records).write(out, records);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RunReportPrinter progress = new RunReportPrinter(spec.commandLine().getErr(), spec.commandLine().getErr());
        BenchCommand.HeapPeak heap = BenchCommand.HeapPeak.start();
        DblpIndexer.Summary summary = DblpIndexer.index(dump, directory.resolve("index"),
                count -> progress.entryRead("dblp-generated.nt.gz", count));
        double seconds = summary.elapsed().toMillis() / 1000.0;
        spec.commandLine().getOut().printf("indexed %,d records in %.1f s: %,.0f records/s; peak heap %,d MiB "
                + "(max heap %,d MiB)%n", summary.records(), seconds, summary.records() / seconds,
                heap.peakMebibytes(), Runtime.getRuntime().maxMemory() >> 20);
        try (DblpIndex index = DblpIndex.open(directory.resolve("index"))) {
            int lookups = 1000;
            long start = System.nanoTime();
            for (int i = 0; i < lookups; i++) {
                index.candidates("scaling mixture experts learning " + Long.toString(i * 997L % records, 36), 20);
            }
            spec.commandLine().getOut().printf("title lookup: %.2f ms on average over %d lookups%n",
                    (System.nanoTime() - start) / 1e6 / lookups, lookups);
        }
        return ExitCodes.OK;
    }
}
