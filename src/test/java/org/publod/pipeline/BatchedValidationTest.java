package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.publod.validate.ProfileValidator;

/**
 * {@link ProfileValidator} runs each SPARQL-based constraint once per graph for all focus nodes, where Jena SHACL
 * runs it once per focus node. Both must give the same validation results, field by field: on every shape
 * fixture, on generated publications, and on generated publications damaged at random (triples dropped, and
 * triples added between nodes of the graph, which breaks author chains, positions and identifiers).
 */
class BatchedValidationTest {
    private static final Path SHAPES = Path.of("shapes/publod-shapes.ttl");
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");

    // Shared by the JUnit tests and the jqwik property, which have different lifecycles.
    private static final Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
    private static final ProfileValidator validator = ProfileValidator.fromFiles(List.of(SHAPES));
    private static final List<Graph> publications = generatedPublications();

    private static List<Graph> generatedPublications() {
        try {
            return generate();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Graph> generate() throws IOException {
        Path directory = Files.createTempDirectory("publod-batched");
        Path report = directory.resolve("generated.txt");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new ReportGenerator(11, 0.0).write(120, out);
        }
        List<Graph> graphs = new ArrayList<>();
        TestReports.pipeline().run(report, (graphIri, parts) -> {
            parts.forEachRemaining(graphs::add);
            return 0;
        }, RunListener.NONE);
        Files.delete(report);
        Files.delete(directory);
        return List.copyOf(graphs.subList(0, graphs.size() - 1));
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
        assertEquals(17, sparqlRulesBroken.size(), "SPARQL-based rules the fixtures break: " + sparqlRulesBroken);
    }

    @Test
    void generatedPublicationsGiveTheSameResultsAsJenaShacl() {
        assertTrue(publications.size() > 100, "publications generated: " + publications.size());
        for (Graph publication : publications) {
            assertEquals(results(ShaclValidator.get().validate(shapes, publication)),
                    results(validator.report(publication)));
        }
    }

    @Property(tries = 300)
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
