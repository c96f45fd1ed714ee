package org.publod.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
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
import org.publod.validate.EntryKeys;
import org.publod.validate.ProfileValidator;
import org.publod.validate.ValidationOutcome;
import org.publod.validate.Violation;
import org.publod.validate.WholeRunCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages: parse a report, map each entry, validate it against the profile, check it against the other
 * entries of the run and the store ({@link WholeRunCheck}), and hand what conforms to a sink, entry by entry.
 * Every entry read ends up published or rejected with its reasons.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final PublishSettings settings;
    private final PublicationMapper mapper;
    private final ProvenanceMapper provenance;
    private final ProfileValidator validator;
    /** Entries in flight between the reader and the sink: enough to keep every core busy, and no more. */
    private static final int WINDOW = 256;

    private final Clock clock;
    private final int parallelism;
    private Consumer<Graph> validationReports = report -> { };

    public Pipeline(PublishSettings settings, ProfileValidator validator, Clock clock) {
        this(settings, validator, clock, Runtime.getRuntime().availableProcessors());
    }

    /** A pipeline that maps and validates on {@code parallelism} worker threads. */
    public Pipeline(PublishSettings settings, ProfileValidator validator, Clock clock, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be 1 or more, was " + parallelism);
        }
        this.parallelism = parallelism;
        this.settings = settings;
        IriMinter iris = new IriMinter(settings.base());
        this.mapper = new PublicationMapper(iris, settings.institute());
        this.provenance = new ProvenanceMapper(iris, Version.current());
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Hands each entry's standard SHACL validation report to {@code consumer} as the entries are validated, on the
     * worker threads: the consumer must be thread-safe.
     */
    public Pipeline onValidationReport(Consumer<Graph> consumer) {
        this.validationReports = consumer;
        return this;
    }

    /**
     * Publishes one report into {@code sink}, replacing that report's graph whole. Entries are parsed in order on
     * the calling thread, mapped and validated on worker threads (both cores), and handed to the sink in report
     * order while later entries are still being validated.
     */
    public ReportRun run(Path report, GraphSink sink, RunListener listener) {
        Instant start = clock.instant();
        ExecutorService workers = Executors.newFixedThreadPool(parallelism, Pipeline::workerThread);
        try (ReportReader reader = ReportReader.open(report, settings.encoding(),
                settings.institute().shortName())) {
            String file = reader.fileName();
            RunCounter counter = new RunCounter(listener, (finding, sequence, rejected) -> provenance
                    .describeFinding(file, sequence, finding, rejected).getGraph());
            String graphIri = mapper.iris().reportGraph(file);
            String publishedBefore = mapper.iris().legacy().reportGraph(file);
            if (!publishedBefore.equals(graphIri)) {
                // The report's graph had a Unicode IRI before IRIs became ASCII: this publication replaces it.
                sink.retireGraph(publishedBefore);
            }
            WholeRunCheck wholeRun = new WholeRunCheck(sink.storedBesides(graphIri));
            Iterator<Outcome> outcomes = new OrderedParallelIterator<>(reader.entries().iterator(),
                    entry -> process(entry, wholeRun), workers, WINDOW);
            Stream<Graph> entries = StreamSupport.stream(Spliterators.spliteratorUnknownSize(outcomes,
                            Spliterator.ORDERED), false)
                    .peek(outcome -> listener.entryRead(file, counter.read()))
                    .map(outcome -> acrossEntries(outcome, wholeRun))
                    .flatMap(counter::count);
            // Lazy: the report's own warnings are complete only once every entry has been read.
            Stream<Graph> reportWarnings = Stream.of(file).flatMap(name -> reader.reportDiagnostics().stream())
                    .map(counter::warn);
            Stream<Graph> description = Stream.of(file).map(name -> provenance
                    .describeGraph(name, reader.sha256Hex(), clock.instant()).getGraph());
            long triples = sink.replaceGraph(graphIri, Stream.of(entries, reportWarnings, description)
                    .flatMap(part -> part).iterator());
            Duration elapsed = Duration.between(start, clock.instant());
            LOG.info("{}: {} entries read, {} published, {} rejected, {} triples in <{}>", file,
                    counter.read, counter.published, counter.rejected, triples, graphIri);
            return new ReportRun(file, graphIri, counter.published, counter.rejected, counter.warningCount,
                    counter.rejections, counter.warnings, triples, elapsed);
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * What became of one entry: its RDF and warnings, or its rejection. Runs on a worker thread. A fault while
     * mapping or validating an entry rejects that entry with a message; the run goes on with the others.
     */
    private Outcome process(ParsedEntry entry, WholeRunCheck wholeRun) {
        try {
            return processEntry(entry, wholeRun);
        } catch (RuntimeException e) {
            LOG.warn("{}: the entry could not be mapped or validated", entry.source(), e);
            return new Refused(new Rejection(entry.source(), List.of(Diagnostic.fault(entry.source(),
                    "publod could not map or validate this entry (" + e + ")")), entry.rawText()));
        }
    }

    private Outcome processEntry(ParsedEntry entry, WholeRunCheck wholeRun) {
        if (entry instanceof ParsedEntry.Rejected rejected) {
            return new Refused(new Rejection(rejected.source(), rejected.diagnostics(),
                    rejected.rawText()));
        }
        ParsedEntry.Accepted accepted = (ParsedEntry.Accepted) entry;
        Model model = mapper.map(accepted.publication());
        List<Diagnostic> diagnostics = new ArrayList<>(accepted.diagnostics());
        ValidationOutcome outcome = validator.validate(model.getGraph());
        validationReports.accept(outcome.report());
        outcome.violations().forEach(v -> diagnostics.add(diagnostic(accepted.source(), v)));
        EntryKeys keys = EntryKeys.of(model.getGraph());
        diagnostics.addAll(wholeRun.againstStore(accepted.source(), keys));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Refused(new Rejection(accepted.source(), diagnostics, accepted.rawText()));
        }
        LOG.debug("{}: published as <{}>", accepted.source(), mapper.iris().publication(accepted.publication()));
        return new Published(model.getGraph(), diagnostics, new Entry(accepted.source(), keys, accepted.rawText()));
    }

    /**
     * Checks a published entry against the entries of the run published before it, in report order: a clash that
     * is an error rejects it (so read = published + rejected still holds); otherwise its keys are kept.
     */
    private static Outcome acrossEntries(Outcome outcome, WholeRunCheck wholeRun) {
        if (!(outcome instanceof Published published)) {
            return outcome;
        }
        Entry entry = published.entry();
        List<Diagnostic> findings = wholeRun.againstRun(entry.source(), entry.keys());
        if (findings.isEmpty()) {
            wholeRun.remember(entry.source(), entry.keys());
            return outcome;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(findings);
        diagnostics.addAll(published.warnings());
        if (findings.stream().anyMatch(Diagnostic::isError)) {
            return new Refused(new Rejection(entry.source(), diagnostics, entry.rawText()));
        }
        wholeRun.remember(entry.source(), entry.keys());
        return new Published(published.graph(), diagnostics, entry);
    }

    /** An entry's graph and warnings when published; its rejection otherwise. */
    private sealed interface Outcome permits Published, Refused {
    }

    private record Published(Graph graph, List<Diagnostic> warnings, Entry entry) implements Outcome {
    }

    /** What the checks across entries need of a published entry. */
    private record Entry(SourceLocation source, EntryKeys keys, String rawText) {
    }

    private record Refused(Rejection rejection) implements Outcome {
    }

    private static Thread workerThread(Runnable task) {
        Thread thread = new Thread(task, "publod-worker");
        thread.setDaemon(true);
        return thread;
    }

    private static Diagnostic diagnostic(SourceLocation source, Violation violation) {
        String field = violation.path().isEmpty() ? "shape" : violation.path();
        String problem = violation.message() + " [" + violation.component() + " on <" + violation.focusNode() + ">]";
        String found = violation.value().orElse(null);
        return violation.blocking() ? Diagnostic.error(source, field, problem, found)
                : Diagnostic.warning(source, field, problem, found);
    }

    /** Describes one finding as RDF, given its place in the run: see {@link ProvenanceMapper#describeFinding}. */
    @FunctionalInterface
    private interface FindingWriter {
        Graph describe(Diagnostic finding, long sequence, boolean rejected);
    }

    /**
     * Counts kept while the entries stream through; tells the listener of each finding as it comes, and turns it
     * into RDF for the report's graph, so the store keeps every rejection and warning of the report's last run.
     */
    private static final class RunCounter {
        private final RunListener listener;
        private final FindingWriter findings;
        private long findingCount;
        private long read;
        private long published;
        private long rejected;
        private long warningCount;
        private final List<Rejection> rejections = new ArrayList<>();
        private final List<Diagnostic> warnings = new ArrayList<>();

        RunCounter(RunListener listener, FindingWriter findings) {
            this.listener = listener;
            this.findings = findings;
        }

        long read() {
            return ++read;
        }

        /** The graphs to publish for an entry: its own, if published, and its findings. */
        Stream<Graph> count(Outcome outcome) {
            if (outcome instanceof Refused refused) {
                rejected++;
                if (rejections.size() < ReportRun.KEPT) {
                    rejections.add(refused.rejection());
                }
                listener.rejected(refused.rejection());
                return refused.rejection().reasons().stream().map(reason -> describe(reason, true));
            }
            Published published = (Published) outcome;
            this.published++;
            return Stream.concat(Stream.of(published.graph()), published.warnings().stream().map(this::warn));
        }

        /** Counts a warning and tells the listener; its RDF is the result. */
        Graph warn(Diagnostic warning) {
            warningCount++;
            if (warnings.size() < ReportRun.KEPT) {
                warnings.add(warning);
            }
            listener.warned(warning);
            return describe(warning, false);
        }

        private Graph describe(Diagnostic finding, boolean rejectedEntry) {
            return findings.describe(finding, ++findingCount, rejectedEntry);
        }
    }
}
