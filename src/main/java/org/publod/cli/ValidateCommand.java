package org.publod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;
import org.publod.pipeline.GraphSink;
import org.publod.pipeline.Pipeline;
import org.publod.pipeline.Rejection;
import org.publod.pipeline.ReportRun;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.StoreSink;
import org.publod.store.PublodStore;
import org.publod.store.RemoteSparqlStore;
import org.publod.store.Tdb2Store;
import org.publod.validate.ProfileValidator;
import org.publod.validate.ValidationOutcome;
import org.publod.validate.Violation;
import org.publod.vocab.PrefixMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod validate}: what the profile's shapes say of reports or RDF files, without publishing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates reports (as publish would) or RDF files against the profile's shapes. "
                + "Exit code 0: conforms; 6: conforms with warnings; 3: violations.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingOptions mapping;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the SHACL validation report (Turtle).")
    Path reportFile;

    @Option(names = "--store", paramLabel = "DIR", description = "Also check reports against the reports already "
            + "published in this TDB2 store (a DOI or ISSN that another report gives to another publication or "
            + "journal). Nothing is written.")
    Path storeDirectory;

    @Option(names = "--sparql-store", paramLabel = "URL", description = "As --store, for a SPARQL 1.1 store.")
    String remoteStore;

    @Parameters(paramLabel = "REPORT|RDF-FILE", arity = "1..*",
            description = "Report files (.txt) or RDF files (Turtle, N-Triples, JSON-LD, RDF/XML, ...).")
    List<Path> inputs;

    private boolean anyViolation;
    private boolean anyWarning;
    private final Graph shaclReport = GraphFactory.createDefaultGraph();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PublodStore store = openStore()) {
            for (Path input : inputs) {
                if (RDFLanguages.filenameToLang(input.toString()) != null) {
                    validateRdf(input, out);
                } else {
                    validateReport(input, out, store == null ? GraphSink.DISCARD : StoreSink.readOnly(store));
                }
            }
        }
        if (reportFile != null) {
            writeReport();
        }
        out.flush();
        return anyViolation ? ExitCodes.ENTRIES_REJECTED : anyWarning ? ExitCodes.WARNINGS_ONLY : ExitCodes.OK;
    }

    /** The store given with --store or --sparql-store, if any; {@code null} otherwise. */
    private PublodStore openStore() {
        if (remoteStore != null) {
            return RemoteSparqlStore.at(remoteStore);
        }
        return storeDirectory == null ? null : Tdb2Store.open(storeDirectory);
    }

    private void validateReport(Path report, PrintWriter out, GraphSink sink) {
        Pipeline pipeline = new Pipeline(mapping.settings(), ProfileValidator.bundled(), Clock.systemUTC())
                .onValidationReport(this::addToReport);
        Map<SourceLocation, List<String>> byEntry = new TreeMap<>(
                Comparator.comparing(SourceLocation::file).thenComparingInt(SourceLocation::line));
        ReportRun run = pipeline.run(report, sink, new RunListener() {
            @Override
            public void rejected(Rejection rejection) {
                List<String> lines = byEntry.computeIfAbsent(rejection.source(), k -> new ArrayList<>());
                lines.add("would be rejected:");
                rejection.reasons().forEach(reason -> lines.add((reason.isError() ? "error: " : "warning: ")
                        + reason));
            }

            @Override
            public void warned(Diagnostic warning) {
                byEntry.computeIfAbsent(warning.location(), k -> new ArrayList<>()).add("warning: " + warning);
            }
        });
        byEntry.forEach((entry, lines) -> {
            out.println(entry);
            lines.forEach(line -> out.println("  " + line));
        });
        out.printf("%s: %d entries, %d conform, %d with violations, %d warnings%n", run.reportFile(),
                run.entriesRead(), run.published(), run.rejected(), run.warningCount());
        anyViolation |= run.rejected() > 0;
        anyWarning |= run.warningCount() > 0;
    }

    /** Validation reports arrive from the pipeline's worker threads. */
    private synchronized void addToReport(Graph report) {
        report.find().forEach(shaclReport::add);
    }

    private void validateRdf(Path file, PrintWriter out) {
        Graph data;
        try {
            data = RDFDataMgr.loadGraph(file.toString());
        } catch (RiotException e) {
            throw new PublodException(ErrorCode.INPUT, file + ": not valid RDF (" + e.getMessage() + ")", e);
        }
        ValidationOutcome outcome = ProfileValidator.bundled().validate(data);
        outcome.report().find().forEach(shaclReport::add);
        Map<String, List<Violation>> byFocus = new TreeMap<>();
        outcome.violations().forEach(v -> byFocus.computeIfAbsent(v.focusNode(), k -> new ArrayList<>()).add(v));
        byFocus.forEach((focus, violations) -> {
            out.println("<" + focus + ">" + SourceLines.of(data, focus).map(line -> " from " + line).orElse(""));
            violations.forEach(v -> out.println("  " + (v.blocking() ? "error: " : "warning: ") + v.path() + ": "
                    + v.message() + v.value().map(value -> " (found \"" + value + "\")").orElse("")
                    + " [" + v.component() + "]"));
        });
        long errors = outcome.violations().stream().filter(Violation::blocking).count();
        out.printf("%s: %d triples, %d violations, %d warnings%n", file.getFileName(), data.size(), errors,
                outcome.violations().size() - errors);
        anyViolation |= errors > 0;
        anyWarning |= outcome.violations().size() > errors;
    }

    private void writeReport() {
        shaclReport.getPrefixMapping().setNsPrefixes(PrefixMappings.STANDARD)
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        try (OutputStream stream = Files.newOutputStream(reportFile)) {
            RDFDataMgr.write(stream, shaclReport, Lang.TURTLE);
        } catch (IOException e) {
            throw new PublodException(ErrorCode.INPUT, reportFile + ": cannot write the report (" + e.getMessage()
                    + ")", e);
        }
    }
}
