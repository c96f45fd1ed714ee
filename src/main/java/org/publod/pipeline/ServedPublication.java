package org.publod.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.generate.ReportGenerator;
import org.publod.model.Institute;
import org.publod.serve.ReportPublisher;
import org.publod.serve.SparqlServer;
import org.publod.store.PublodStore;
import org.publod.validate.ProfileValidator;
import org.slf4j.LoggerFactory;

/**
 * Publishes reports into the store that {@code serve} is serving, in its process: the same {@link Pipeline} and
 * {@link StoreSink} as {@code publish}, under the server's public base, each report's graph and the dataset
 * description replaced in one write transaction ({@link StoreSink#publishingWhileServed}). A request may set the
 * reports' {@code encoding} and the institute ({@code institute}, {@code institute-name}, {@code institute-country},
 * {@code institute-ror}), as {@code publish} options do; the base is always the server's.
 */
public final class ServedPublication implements ReportPublisher {
    /** The request parameters a publication takes. */
    public static final Set<String> PARAMETERS = Set.of("encoding", "institute", "institute-name",
            "institute-country", "institute-ror");

    /** How many generated entries the warm-up publishes nowhere, and how many times. */
    static final int WARM_UP_ENTRIES = 300;
    static final int WARM_UP_ROUNDS = 4;
    private static final long WARM_UP_SEED = 17;
    /** The warm-up's share of damaged entries, so that the rejections are prepared too. */
    private static final double WARM_UP_DEFECTS = 0.05;

    private final PublodStore store;
    private final String base;
    private final ProfileValidator validator;
    private final Clock clock;

    public ServedPublication(PublodStore store, String base, ProfileValidator validator, Clock clock) {
        this.store = store;
        this.base = base;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public RunSummary publish(Path report, Map<String, String> parameters) {
        PublishSettings settings = settings(parameters);
        StoreSink sink = StoreSink.publishingWhileServed(store,
                new DatasetDescriptionFormat(settings.base(), base + SparqlServer.SPARQL_PATH.substring(1)));
        return RunSummary.of(new Pipeline(settings, validator, clock).run(report, sink, RunListener.NONE));
    }

    /**
     * Prepares the store for writes ({@link PublodStore#prepareForWrites}) and runs a generated report of
     * {@value #WARM_UP_ENTRIES} entries through the pipeline {@value #WARM_UP_ROUNDS} times (read, map, validate),
     * writing nothing, so that the first report an administrator sends does not wait for the JVM to compile the
     * pipeline. Without it, the first re-publication of 100 entries into a 1,000,000-entry store served for a while
     * took 2.7 s and the second 1.4 s; with it, 1.6 s and 0.65 s (docs/BENCHMARKS.md).
     */
    @Override
    public void warm() {
        store.prepareForWrites();
        Path report = null;
        try {
            report = Files.createTempFile("publod-warm-up", ".txt");
            try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                new ReportGenerator(WARM_UP_SEED, WARM_UP_DEFECTS).write(WARM_UP_ENTRIES, out);
            }
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                new Pipeline(settings(Map.of()), validator, clock).run(report, GraphSink.DISCARD, RunListener.NONE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(report);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LoggerFactory.getLogger(ServedPublication.class).warn("cannot delete {}: {}", file, e.toString());
            }
        }
    }

    private PublishSettings settings(Map<String, String> parameters) {
        Map<String, String> unknown = new HashMap<>(parameters);
        unknown.keySet().removeAll(PARAMETERS);
        if (!unknown.isEmpty()) {
            throw new PublodException(ErrorCode.INPUT, "unknown parameter(s) " + String.join(", ", unknown.keySet())
                    + "; a publication takes file, " + String.join(", ", PARAMETERS.stream().sorted().toList()));
        }
        Institute standard = Institute.ipptPan();
        Institute institute = new Institute(parameters.getOrDefault("institute", standard.shortName()),
                parameters.getOrDefault("institute-name", standard.name()),
                parameters.getOrDefault("institute-country", standard.countryCode()),
                Optional.ofNullable(parameters.get("institute-ror")).filter(ror -> !ror.isBlank()));
        return new PublishSettings(base, institute, encoding(parameters.getOrDefault("encoding", "UTF-8")));
    }

    private static Charset encoding(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PublodException(ErrorCode.INPUT, "encoding: unknown encoding \"" + name + "\"", e);
        }
    }
}
