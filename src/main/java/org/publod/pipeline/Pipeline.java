package org.publod.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.publod.map.IriMinter;
import org.publod.map.ProvenanceMapper;
import org.publod.map.PublicationMapper;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;
import org.publod.parse.ParsedEntry;
import org.publod.parse.ReportReader;
import org.publod.validate.ProfileValidator;
import org.publod.validate.ValidationOutcome;
import org.publod.validate.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages: parse a report, map each entry, validate it against the profile, and hand what conforms to
 * a sink, entry by entry. Every entry read ends up published or rejected with its reasons.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final PublishSettings settings;
    private final PublicationMapper mapper;
    private final ProvenanceMapper provenance;
    private final ProfileValidator validator;
    private final Clock clock;
    private Consumer<Graph> validationReports = report -> { };

    public Pipeline(PublishSettings settings, ProfileValidator validator, Clock clock) {
        this.settings = settings;
        IriMinter iris = new IriMinter(settings.base());
        this.mapper = new PublicationMapper(iris, settings.institute());
        this.provenance = new ProvenanceMapper(iris, Version.current());
        this.validator = validator;
        this.clock = clock;
    }

    /** Hands each entry's standard SHACL validation report to {@code consumer} as the entries are validated. */
    public Pipeline onValidationReport(Consumer<Graph> consumer) {
        this.validationReports = consumer;
        return this;
    }

    /** Publishes one report into {@code sink}, replacing that report's graph whole. */
    public ReportRun run(Path report, GraphSink sink, ProgressListener progress) {
        Instant start = clock.instant();
        RunCounter counter = new RunCounter();
        try (ReportReader reader = ReportReader.open(report, settings.encoding(),
                settings.institute().shortName())) {
            String file = reader.fileName();
            String graphIri = mapper.iris().reportGraph(file);
            Stream<Graph> entries = reader.entries()
                    .peek(entry -> progress.entryRead(file, counter.read()))
                    .flatMap(entry -> publishable(entry, counter).stream());
            Stream<Graph> description = Stream.of(file).map(name -> provenance
                    .describeGraph(name, reader.sha256Hex(), clock.instant()).getGraph());
            Iterator<Graph> parts = Stream.concat(entries, description).iterator();
            long triples = sink.replaceGraph(graphIri, parts);
            counter.warnings.addAll(reader.reportDiagnostics());
            Duration elapsed = Duration.between(start, clock.instant());
            LOG.info("{}: {} entries read, {} published, {} rejected, {} triples in <{}>", file,
                    counter.read, counter.published, counter.rejections.size(), triples, graphIri);
            return new ReportRun(file, graphIri, counter.published, counter.rejections, counter.warnings, triples,
                    elapsed);
        }
    }

    /** The RDF of one entry if it may be published; otherwise records why not. */
    private Optional<Graph> publishable(ParsedEntry entry, RunCounter counter) {
        if (entry instanceof ParsedEntry.Rejected rejected) {
            counter.reject(new Rejection(rejected.source(), rejected.diagnostics(), rejected.rawText()));
            return Optional.empty();
        }
        ParsedEntry.Accepted accepted = (ParsedEntry.Accepted) entry;
        Model model = mapper.map(accepted.publication());
        List<Diagnostic> diagnostics = new ArrayList<>(accepted.diagnostics());
        ValidationOutcome outcome = validator.validate(model.getGraph());
        validationReports.accept(outcome.report());
        outcome.violations().forEach(v -> diagnostics.add(diagnostic(accepted.source(), v)));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            counter.reject(new Rejection(accepted.source(), diagnostics, accepted.rawText()));
            return Optional.empty();
        }
        LOG.debug("{}: published as <{}>", accepted.source(), mapper.iris().publication(accepted.publication()));
        counter.publish(diagnostics);
        return Optional.of(model.getGraph());
    }

    private static Diagnostic diagnostic(SourceLocation source, Violation violation) {
        String field = violation.path().isEmpty() ? "shape" : violation.path();
        String problem = violation.message() + " [" + violation.component() + " on <" + violation.focusNode() + ">]";
        String found = violation.value().orElse(null);
        return violation.blocking() ? Diagnostic.error(source, field, problem, found)
                : Diagnostic.warning(source, field, problem, found);
    }

    /** Counts kept while the entries stream through. */
    private static final class RunCounter {
        private long read;
        private long published;
        private final List<Rejection> rejections = new ArrayList<>();
        private final List<Diagnostic> warnings = new ArrayList<>();

        long read() {
            return ++read;
        }

        void publish(List<Diagnostic> diagnostics) {
            published++;
            warnings.addAll(diagnostics);
        }

        void reject(Rejection rejection) {
            rejections.add(rejection);
        }
    }
}
