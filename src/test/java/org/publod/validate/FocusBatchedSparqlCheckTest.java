package org.publod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which SPARQL-based shapes are checked once per graph, and which are left to per-focus-node evaluation. */
class FocusBatchedSparqlCheckTest {

    @Test
    void everySparqlBasedShapeOfTheProfileIsCheckedOncePerGraph() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("shapes/publod-shapes.ttl"));
        Set<String> sparqlShapes = new TreeSet<>();
        Set<String> batched = new TreeSet<>();
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.getConstraints().stream().anyMatch(SparqlConstraint.class::isInstance)) {
                sparqlShapes.add(shape.getShapeNode().getURI());
                if (FocusBatchedSparqlCheck.applies(shape)) {
                    batched.add(shape.getShapeNode().getURI());
                }
            }
        }
        assertFalse(sparqlShapes.isEmpty(), "the profile has SPARQL-based shapes");
        // The profile's queries all start from a triple pattern that binds $this: none needs the slow path.
        assertEquals(sparqlShapes, batched);
    }

    /** Queries whose solutions for all focus nodes at once are not the union of those for each focus node. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT $this WHERE { OPTIONAL { $this ex:p ?v } FILTER (!bound(?v)) }",
        "SELECT $this WHERE { FILTER NOT EXISTS { $this ex:p ?v } }",
        "SELECT $this ?value WHERE { $this ex:p ?value } LIMIT 1",
        "SELECT $this (COUNT(*) AS ?value) WHERE { $this ex:p ?v } GROUP BY $this",
        "SELECT ?value WHERE { $this ex:p ?value }",
        "SELECT $this WHERE { $this ex:p ?v MINUS { $this ex:q ?v } }",
        "SELECT $this WHERE { { $this ex:p ?v } UNION { ?v ex:q ?w } }",
        "SELECT $this WHERE { $this ex:p ?v { SELECT ?v { ?v ex:q ?w } } }",
        "SELECT $this WHERE { $this ex:p $currentShape }",
        "SELECT $this WHERE { OPTIONAL { $this ex:q ?w } $this ex:p ?v }",
        "SELECT $this ?value WHERE { BIND (STR($this) AS ?value) $this ex:p ?v }",
        "SELECT $this WHERE { BIND (COALESCE($this, ex:none) AS ?x) $this ex:p ?v }",
        "SELECT $this WHERE { $this ex:p ?v { ?w ex:q ?x FILTER (?x = $this) } }",
        "SELECT $this WHERE { $this ex:p ?v OPTIONAL { { ?w ex:q ?x FILTER (?x = $this) } } }",
        "SELECT $this WHERE { $this ex:p ?v { SELECT ?v { ?v ex:q ?w } } }",
        "SELECT $this WHERE { ?v ex:q ?w } VALUES ?w { ex:a }"
    })
    void aQueryThatDependsOnItsPreBoundFocusNodeIsNotBatched(String query) {
        assertFalse(FocusBatchedSparqlCheck.applies(shapeOf(query)), query);
    }

    /** Queries whose pattern binding $this comes first, or whose other parts do not mention $this at all. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT $this ?value WHERE { $this ex:p ?value }",
        "SELECT $this WHERE { $this ex:p ?v OPTIONAL { ?v ex:q ?w } FILTER (!bound(?w)) }",
        "SELECT $this WHERE { $this ex:p ?v OPTIONAL { ?v ex:q ?w FILTER (?w != $this) } }",
        "SELECT $this ?value WHERE { BIND (ex:k AS ?k) $this ex:p ?value }",
        "SELECT $this WHERE { OPTIONAL { ?a ex:q ?b } $this ex:p ?v }",
        "SELECT $this ?value WHERE { $this ex:p ?v BIND (STR($this) AS ?value) }",
        "SELECT DISTINCT $this WHERE { { $this ex:p ?v } UNION { ?v ex:q $this } FILTER NOT EXISTS { $this ex:r ?v } }",
        "SELECT $this WHERE { VALUES ?k { ex:a ex:b } $this ?k ?v }",
        "SELECT $this WHERE { $this ex:p ?v . ?v ex:q* $this }"
    })
    void aQueryThatBindsThisBeforeUsingItIsBatched(String query) {
        assertTrue(FocusBatchedSparqlCheck.applies(shapeOf(query)), query);
    }

    /**
     * An OPTIONAL or a BIND that uses $this before the pattern that binds it: evaluated once with $this free, the
     * query gives other solutions than Jena SHACL's pre-bound evaluation. Such a shape is not batched, and the
     * validator's report equals Jena's.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT $this ?value WHERE { OPTIONAL { $this ex:reviewedBy ?value } $this ex:title ?title }",
        "SELECT $this ?value WHERE { BIND (STR($this) AS ?value) $this ex:title ?title }"
    })
    void aCounterexampleToBatchingIsLeftToJenaAndGivesJenasResults(String query) {
        String data = """
                @prefix ex: <http://example.org/> .
                ex:first a ex:C ; ex:title "Creep of Polymer Foams" .
                ex:second a ex:C ; ex:title "Wave Dispersion in Lattices" ; ex:reviewedBy ex:referee .
                """;
        Graph graph = turtle(data);
        Shape shape = shapeOf(query);
        Shapes shapes = Shapes.parse(shapesGraphOf(query));

        Set<String> jena = results(ShaclValidator.get().validate(shapes, graph));
        Set<String> onceWithThisFree = new TreeSet<>();
        try (QueryExecution execution = QueryExecutionFactory.create(
                ((SparqlConstraint) shape.getConstraints().iterator().next()).getQuery(),
                DatasetFactory.wrap(ModelFactory.createModelForGraph(graph)))) {
            execution.execSelect().forEachRemaining(row -> onceWithThisFree.add(row.get("this").asNode() + " "
                    + (row.contains("value") ? row.get("value") : row.get("this")).asNode()));
        }

        assertEquals(Set.of("http://example.org/first", "http://example.org/second"),
                jena.stream().map(result -> result.split(" ")[0]).collect(Collectors.toSet()), "both are focus nodes");
        assertNotEquals(jena, onceWithThisFree, "batching this query as before would change the results");
        assertFalse(FocusBatchedSparqlCheck.applies(shape));
        assertEquals(jena, results(ProfileValidator.of(shapesGraphOf(query)).report(graph)));
    }

    private static Set<String> results(ValidationReport report) {
        return report.getEntries().stream().map(entry -> entry.focusNode() + " " + entry.value())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE)
                .parse(graph);
        return graph;
    }

    static Shape shapeOf(String query) {
        List<Shape> shapes = List.copyOf(Shapes.parse(shapesGraphOf(query)).getTargetShapes());
        assertEquals(1, shapes.size());
        return shapes.get(0);
    }

    private static Graph shapesGraphOf(String query) {
        String turtle = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <http://example.org/> .
                ex: sh:declare [ sh:prefix "ex" ;
                    sh:namespace "http://example.org/"^^<http://www.w3.org/2001/XMLSchema#anyURI> ] .
                ex:Shape a sh:NodeShape ; sh:targetClass ex:C ;
                    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex: ; sh:select \"\"\"%s\"\"\" ] .
                """.formatted(query);
        return turtle(turtle);
    }
}
