package org.publod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.model.Institute;
import org.publod.pipeline.DatasetDescriptionFormat;
import org.publod.pipeline.Pipeline;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.PublishSettings;
import org.publod.pipeline.ReportRun;
import org.publod.validate.ProfileValidator;

/** Reports written for tests, and the pipeline as tests run it. */
public final class TestReports {
    public static final String BASE = "https://example.org/publod/";
    /** The golden cases: one folder each, holding {@code input.txt} and {@code expected.ttl}. */
    public static final Path GOLDEN = Path.of("src/test/resources/golden");
    /**
     * A paper and its conference abstract with one title and year: two publications, which a title-and-year key
     * made one.
     */
    public static final String ABSTRACT_AND_PAPER = """
            Prace konferencyjne
            1.Zielińska K., Lindqvist E., Fatigue Cracks in Additively Manufactured Titanium, PCM-CMM, Polish \
            Congress of Mechanics, 2023-09-04/09-07, Gliwice (PL), pp.211-218, 2023
            Abstrakty konferencyjne
            1.Zielińska K., Fatigue Cracks in Additively Manufactured Titanium, PCM-CMM, Polish Congress of \
            Mechanics, 2023-09-04/09-07, Gliwice (PL), pp.57, 2023
            """;
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    private TestReports() {
    }

    /** The golden cases' names, sorted. */
    public static Stream<String> goldenCases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The project's own example report, the one the README publishes. */
    public static Path example() {
        return Path.of("examples/ippt-example.txt");
    }

    public static Path write(Path directory, String fileName, String text) {
        try {
            return Files.writeString(directory.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PublishSettings settings() {
        return new PublishSettings(BASE, Institute.ipptPan(), StandardCharsets.UTF_8);
    }

    public static Pipeline pipeline() {
        return new Pipeline(settings(), ProfileValidator.bundled(), FIXED_CLOCK);
    }

    /** The dataset description as {@code publish} keeps it under {@link #BASE}. */
    public static DatasetDescriptionFormat description() {
        return new DatasetDescriptionFormat(BASE, BASE + "publod/sparql");
    }

    /** Maps a report to one in-memory graph, as {@code publod map} would write it. */
    public static MappedReport map(Path report) {
        Graph graph = GraphFactory.createDefaultGraph();
        ReportRun run = pipeline().run(report, (graphIri, parts) -> {
            parts.forEachRemaining(part -> part.find().forEach(graph::add));
            return graph.size();
        }, RunListener.NONE);
        return new MappedReport(graph, run);
    }

    /** A mapped report: its graph and the run report. */
    public record MappedReport(Graph graph, ReportRun run) {
    }
}
