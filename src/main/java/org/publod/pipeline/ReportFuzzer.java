package org.publod.pipeline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.publod.generate.ReportGenerator;
import org.publod.generate.ReportMutator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuzzes the whole read-map-validate pipeline: realistic generated reports, every entry damaged by
 * {@link ReportMutator}, run through a {@link Pipeline} into {@link GraphSink#DISCARD}. Counts the exceptions that
 * got out of an entry (caught by the per-entry safety net, or out of the run itself) and checks that every entry
 * read was published or rejected.
 */
public final class ReportFuzzer {
    private static final Logger LOG = LoggerFactory.getLogger(ReportFuzzer.class);
    /** How many of the escapes the result quotes. */
    private static final int KEPT = 20;

    private final Pipeline pipeline;
    private final Path directory;

    /**
     * What a fuzz run found.
     *
     * @param entriesWritten entries generated before damage (damage may merge or split entries)
     * @param read entries the reader found
     * @param published entries published
     * @param rejected entries rejected
     * @param escapes exceptions that left an entry: caught by the per-entry safety net, or thrown out of a run
     * @param escapeMessages the first few of them
     * @param invariantHolds whether every entry read was counted once, as published or as rejected
     * @param elapsed the wall time
     */
    public record Result(long entriesWritten, long read, long published, long rejected, long escapes,
                         List<String> escapeMessages, boolean invariantHolds, Duration elapsed) {
        public Result {
            escapeMessages = List.copyOf(escapeMessages);
            Objects.requireNonNull(elapsed, "elapsed");
        }

        /** No exception escaped and the counts add up. */
        public boolean clean() {
            return escapes == 0 && invariantHolds;
        }
    }

    /**
     * @param pipeline the pipeline to fuzz
     * @param directory where the damaged reports are written, one batch at a time, and deleted after
     */
    public ReportFuzzer(Pipeline pipeline, Path directory) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** Damages and runs {@code entries} entries from {@code seed}, in reports of {@code batch} entries. */
    public Result run(long entries, long seed, int batch, RunListener progress) {
        long start = System.nanoTime();
        Counts counts = new Counts(progress);
        long written = 0;
        for (long number = 0; written < entries; number++) {
            long size = Math.min(batch, entries - written);
            Path report = directory.resolve("fuzz-" + seed + "-" + number + ".txt");
            write(report, new ReportMutator(seed * 31 + number).mutate(generate(size, seed * 17 + number)));
            runBatch(report, counts);
            written += size;
        }
        return new Result(written, counts.read, counts.published, counts.rejected, counts.escapes,
                counts.escapeMessages, counts.invariantHolds, Duration.ofNanos(System.nanoTime() - start));
    }

    private void runBatch(Path report, Counts counts) {
        long readBefore = counts.read;
        long rejectedBefore = counts.rejected;
        try {
            ReportRun run = pipeline.run(report, GraphSink.DISCARD, counts);
            counts.published += run.published();
            long read = counts.read - readBefore;
            long rejected = counts.rejected - rejectedBefore;
            if (read != run.published() + rejected || rejected != run.rejected()) {
                counts.invariantHolds = false;
                LOG.warn("{}: {} entries read, but {} published and {} rejected", report.getFileName(), read,
                        run.published(), rejected);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: the run failed", report.getFileName(), e);
            counts.escape(report.getFileName() + ": the run failed: " + e);
            counts.invariantHolds = false;
        } finally {
            delete(report);
        }
    }

    private static String generate(long entries, long seed) {
        StringWriter text = new StringWriter();
        new ReportGenerator(seed, 0).write(entries, text);
        return text.toString();
    }

    private static void write(Path report, String text) {
        try {
            Files.writeString(report, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(report + ": cannot write", e);
        }
    }

    private static void delete(Path report) {
        try {
            Files.deleteIfExists(report);
        } catch (IOException e) {
            LOG.warn("{}: cannot delete", report, e);
        }
    }

    /** The counts of one fuzz run, fed by the pipeline's listener. */
    private static final class Counts implements RunListener {
        private final RunListener progress;
        private long read;
        private long published;
        private long rejected;
        private long escapes;
        private boolean invariantHolds = true;
        private final List<String> escapeMessages = new ArrayList<>();

        Counts(RunListener progress) {
            this.progress = progress;
        }

        @Override
        public void entryRead(String report, long entries) {
            read++;
            progress.entryRead(report, read);
        }

        @Override
        public void rejected(Rejection rejection) {
            rejected++;
            if (rejection.isFault()) {
                escape(rejection.reasons().get(0).toString());
            }
        }

        void escape(String message) {
            escapes++;
            if (escapeMessages.size() < KEPT) {
                escapeMessages.add(message);
            }
        }
    }
}
