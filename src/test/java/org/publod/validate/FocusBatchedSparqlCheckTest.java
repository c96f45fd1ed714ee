package org.publod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        assertEquals(17, sparqlShapes.size());
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
        "SELECT $this WHERE { $this ex:p $currentShape }"
    })
    void aQueryThatDependsOnItsPreBoundFocusNodeIsNotBatched(String query) {
        String turtle = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <http://example.org/> .
                ex: sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^<http://www.w3.org/2001/XMLSchema#anyURI> ] .
                ex:Shape a sh:NodeShape ; sh:targetClass ex:C ;
                    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex: ; sh:select \"\"\"%s\"\"\" ] .
                """.formatted(query);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE)
                .parse(graph);
        List<Shape> shapes = List.copyOf(Shapes.parse(graph).getTargetShapes());

        assertEquals(1, shapes.size());
        assertFalse(FocusBatchedSparqlCheck.applies(shapes.get(0)), query);
    }
}
