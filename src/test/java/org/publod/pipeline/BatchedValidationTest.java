package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.publod.TestReports;
import org.publod.generate.ReportGenerator;
import org.publod.map.IriMinter;
import org.publod.map.PublicationMapper;
import org.publod.parse.ParsedEntry;
import org.publod.parse.ReportReader;
import org.publod.validate.ProfileValidator;

/**
 * {@link ProfileValidator} runs a SPARQL-based constraint once per graph for all focus nodes when that is provably
 * the same as Jena SHACL's once per focus node, and leaves the rest to Jena. Every shape in {@code shapes/} is run
 * both ways, and the results must be the same sets of (focus node, path, value, message, severity, constraint
 * component, source shape, source constraint): on every shape fixture, on every entry of a generated report mapped
 * as publish maps it (defective entries included, before validation decides anything), and on mapped entries
 * damaged at random (triples dropped, and triples added between nodes of the graph, which breaks author chains,
 * positions and identifiers). The counterexamples to unsound batching are in {@code FocusBatchedSparqlCheckTest}.
 */
class BatchedValidationTest {
    private static final Path SHAPES_FOLDER = Path.of("shapes");
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");

    // Shared by the JUnit tests and the jqwik property, which have different lifecycles.
    private static final List<Path> SHAPES = shapeFiles();
    private static final Shapes shapes = Shapes.parse(shapesGraph());
    private static final ProfileValidator validator = ProfileValidator.fromFiles(SHAPES);
    private static final List<Graph> publications = generatedPublications();

    private static List<Graph> generatedPublications() {
        try {
            return generate();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> shapeFiles() {
        try (Stream<Path> files = Files.list(SHAPES_FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Graph shapesGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        SHAPES.forEach(file -> RDFDataMgr.read(graph, file.toString()));
        return graph;
    }

    /** Every accepted entry of a generated report with defects, mapped as publish maps it, before validation. */
    private static List<Graph> generate() throws IOException {
        Path directory = Files.createTempDirectory("publod-batched");
        Path report = directory.resolve("generated.txt");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new ReportGenerator(11, 0.25).write(160, out);
        }
        PublishSettings settings = TestReports.settings();
        PublicationMapper mapper = new PublicationMapper(new IriMinter(settings.base()), settings.institute());
        List<Graph> graphs = new ArrayList<>();
        try (ReportReader reader = ReportReader.open(report, settings.encoding(), settings.institute().shortName())) {
            reader.entries().filter(ParsedEntry.Accepted.class::isInstance).map(ParsedEntry.Accepted.class::cast)
                    .forEach(entry -> graphs.add(mapper.map(entry.publication()).getGraph()));
        }
        Files.delete(report);
        Files.delete(directory);
        return List.copyOf(graphs);
    }

    @Test
    void everyShapeFixtureGivesTheSameResultsAsJenaShacl() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            fixtures = files.filter(file -> file.toString().endsWith(".ttl")).sorted().toList();
        }
        assertTrue(fixtures.size() > 50, "the shape fixtures are there");
        Set<String> sparqlRulesBroken = new TreeSet<>();
        for (Path fixture : fixtures) {
            Graph data = RDFDataMgr.loadGraph(fixture.toString());
            Set<String> expected = results(ShaclValidator.get().validate(shapes, data));
            assertEquals(expected, results(validator.report(data)), fixture.toString());
            ShaclValidator.get().validate(shapes, data).getEntries().stream()
                    .filter(entry -> entry.sourceConstraintComponent().equals(SHACL.SPARQLConstraintComponent))
                    .forEach(entry -> sparqlRulesBroken.add(entry.source().getURI()));
        }
        assertFalse(sparqlRulesBroken.isEmpty(), "the fixtures break SPARQL-based rules");
    }

    @Test
    void generatedPublicationsGiveTheSameResultsAsJenaShacl() {
        assertTrue(publications.size() > 100, "publications generated: " + publications.size());
        for (Graph publication : publications) {
            assertEquals(results(ShaclValidator.get().validate(shapes, publication)),
                    results(validator.report(publication)));
        }
    }

    @Property
    void damagedPublicationsGiveTheSameResultsAsJenaShacl(@ForAll("damage") Damage damage) {
        Graph damaged = damage.applyTo(publications.get(damage.publication() % publications.size()));

        assertEquals(results(ShaclValidator.get().validate(shapes, damaged)), results(validator.report(damaged)));
    }

    /** Drops some triples, then adds triples that reuse the graph's own subjects, predicates and objects. */
    record Damage(int publication, List<Integer> dropped, List<List<Integer>> added) {
        Graph applyTo(Graph original) {
            List<Triple> triples = original.find().toList();
            Graph damaged = GraphFactory.createDefaultGraph();
            triples.forEach(damaged::add);
            dropped.forEach(index -> damaged.delete(triples.get(index % triples.size())));
            for (List<Integer> pick : added) {
                Node subject = triples.get(pick.get(0) % triples.size()).getSubject();
                Node predicate = triples.get(pick.get(1) % triples.size()).getPredicate();
                Node object = pick.get(3) == 0 ? triples.get(pick.get(2) % triples.size()).getSubject()
                        : triples.get(pick.get(2) % triples.size()).getObject();
                damaged.add(Triple.create(subject, predicate, object));
            }
            return damaged;
        }
    }

    @Provide
    Arbitrary<Damage> damage() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 100_000);
        Arbitrary<List<Integer>> addition = Combinators.combine(index, index, index, Arbitraries.integers()
                .between(0, 1)).as(List::of);
        return Combinators.combine(index, index.list().ofMaxSize(8), addition.list().ofMaxSize(6)).as(Damage::new);
    }

    private static Set<String> results(ValidationReport report) {
        Set<String> results = new TreeSet<>();
        for (ReportEntry entry : report.getEntries()) {
            results.add(String.join(" | ", ShLib.displayStr(entry.focusNode()), String.valueOf(entry.resultPath()),
                    String.valueOf(entry.value()), entry.message(), String.valueOf(entry.severity().level()),
                    ShLib.displayStr(entry.sourceConstraintComponent()), String.valueOf(entry.source()),
                    String.valueOf(entry.sourceConstraint())));
        }
        return results;
    }
}
