package org.publod.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDF;
import org.publod.vocab.PrefixMappings;

/**
 * Counts what the dataset description states: triples and instances per class of the union of the report graphs,
 * the description graph left out.
 *
 * <p>What a graph adds to the union is what it holds that no other graph holds. Counting that before and after a
 * graph is replaced ({@link #contribution}; into an empty store, {@link #whole}), or among the triples a replacement
 * adds and removes ({@link #notElsewhere}), gives the change in the union's counts at a cost that grows with the
 * report, not with the store. Within one graph, or in the union graph, a triple occurs once, so no count needs a
 * DISTINCT over a whole graph; only a store whose default graph repeats a triple once per graph that holds it
 * ({@link PublodStore#mergesGraphs}, Virtuoso) is recounted with one.
 *
 * <p>Every query is a fixed text whose IRIs are bound as parameters and whose triples are inline data: no IRI or
 * term is ever pasted into a query string.
 */
final class DatasetCounter {
    private static final int EXAMPLES = 3;
    /** Triples per inline data block when checking which triples other graphs hold. */
    private static final int VALUES_CHUNK = 500;

    private static final String UNION_TRIPLES = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String UNION_CLASSES = "SELECT ?class (COUNT(*) AS ?n) { ?s a ?class } GROUP BY ?class";
    /** The same counts over a default graph that holds a triple once per graph that holds it (Virtuoso's). */
    private static final String UNION_DISTINCT_TRIPLES =
            "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }";
    private static final String UNION_DISTINCT_CLASSES =
            "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { ?s a ?class } GROUP BY ?class";
    private static final String GRAPH_CLASSES =
            "SELECT ?class (COUNT(*) AS ?n) { GRAPH ?graph { ?s a ?class } } GROUP BY ?class";
    private static final String OTHER_GRAPH = " FILTER (?other != ?graph && ?other != ?description)";
    private static final String OWN_TRIPLES = "SELECT (COUNT(*) AS ?n) { GRAPH ?graph { ?s ?p ?o }"
            + notElsewhere("?s ?p ?o") + " }";
    private static final String OWN_CLASSES = "SELECT ?class (COUNT(*) AS ?n) { GRAPH ?graph { ?s a ?class }"
            + notElsewhere("?s a ?class") + " } GROUP BY ?class";
    /**
     * Of listed triples, those another graph holds. Counted by a join, not by FILTER NOT EXISTS: Virtuoso 7 gets a
     * NOT EXISTS over the rows of an inline data block wrong once the block has two rows with literals.
     */
    private static final String LISTED_ELSEWHERE = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o {"
            + " VALUES (?s ?p ?o) { } GRAPH ?other { ?s ?p ?o }" + OTHER_GRAPH + " } }";
    private static final String LISTED_CLASSES_ELSEWHERE = "SELECT ?class (COUNT(*) AS ?n) {"
            + " SELECT DISTINCT ?s ?class { VALUES (?s ?p ?class) { } GRAPH ?other { ?s a ?class }" + OTHER_GRAPH
            + " } } GROUP BY ?class";
    private static final String EXAMPLES_OF_UNION = "SELECT DISTINCT ?s { ?s a fabio:Expression"
            + " FILTER EXISTS { ?s prov:wasDerivedFrom ?source } } ORDER BY ?s LIMIT " + EXAMPLES;
    private static final String EXAMPLES_OF_GRAPH = "SELECT ?s { GRAPH ?graph { ?s a fabio:Expression"
            + " FILTER EXISTS { ?s prov:wasDerivedFrom ?source } } } ORDER BY ?s LIMIT " + EXAMPLES;
    /** When the newest report graph was made: one triple per graph to look at. */
    private static final String LAST_MODIFIED =
            "SELECT (MAX(?t) AS ?last) { GRAPH ?g { ?g prov:generatedAtTime ?t } }";

    private final PublodStore store;
    private final String descriptionGraph;

    DatasetCounter(PublodStore store, String descriptionGraph) {
        this.store = store;
        this.descriptionGraph = descriptionGraph;
    }

    /** Triples and instances per class: of the union, or what one graph adds to it. */
    record Counts(long triples, Map<String, Long> entitiesPerClass) {
        static final Counts NONE = new Counts(0, Map.of());

        /** These counts with {@code sign} (1 or -1) times {@code other}'s added; classes that come to 0 left out. */
        Counts plus(Counts other, int sign) {
            Map<String, Long> classes = new HashMap<>(entitiesPerClass);
            other.entitiesPerClass.forEach((classIri, count) -> classes.merge(classIri, sign * count, Long::sum));
            classes.values().removeIf(count -> count == 0);
            return new Counts(triples + sign * other.triples, classes);
        }

        Counts minus(Counts other) {
            return plus(other, -1);
        }
    }

    /** The whole union of the report graphs; the description must already be out of it. */
    Counts union() {
        try (RDFConnection connection = store.connect()) {
            boolean merged = store.mergesGraphs();
            return new Counts(number(connection, query(merged ? UNION_TRIPLES : UNION_DISTINCT_TRIPLES, null)),
                    classes(connection, query(merged ? UNION_CLASSES : UNION_DISTINCT_CLASSES, null)));
        }
    }

    /** What {@code graphIri} holds that no other graph does. Counted in the store: the cost grows with the graph. */
    Counts contribution(String graphIri) {
        try (RDFConnection connection = store.connect()) {
            return new Counts(number(connection, query(OWN_TRIPLES, graphIri)),
                    classes(connection, query(OWN_CLASSES, graphIri)));
        }
    }

    /** All that {@code graphIri} holds when no other graph exists: its {@code triples}, and its typed resources. */
    Counts whole(String graphIri, long triples) {
        try (RDFConnection connection = store.connect()) {
            return new Counts(triples, classes(connection, query(GRAPH_CLASSES, graphIri)));
        }
    }

    /** Of {@code triples}, those that no graph other than {@code graphIri} holds, checked in chunks. */
    Counts notElsewhere(String graphIri, Graph triples) {
        List<Triple> all = triples.find().toList();
        Counts total = Counts.NONE;
        try (RDFConnection connection = store.connect()) {
            for (int from = 0; from < all.size(); from += VALUES_CHUNK) {
                List<Triple> chunk = all.subList(from, Math.min(all.size(), from + VALUES_CHUNK));
                List<Triple> typed = chunk.stream().filter(t -> t.getPredicate().equals(RDF.type.asNode())).toList();
                Map<String, Long> typedHere = new HashMap<>();
                typed.forEach(triple -> typedHere.merge(triple.getObject().getURI(), 1L, Long::sum));
                Counts listed = new Counts(chunk.size(), typedHere);
                Counts elsewhere = new Counts(number(connection, withRows(query(LISTED_ELSEWHERE, graphIri), chunk)),
                        classes(connection, withRows(query(LISTED_CLASSES_ELSEWHERE, graphIri), typed)));
                total = total.plus(listed.minus(elsewhere), 1);
            }
        }
        return total;
    }

    /** The first publications of {@code graphIri} (of the union, when empty), in IRI order. */
    List<String> examples(Optional<String> graphIri) {
        List<String> examples = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(graphIri.map(graph -> query(EXAMPLES_OF_GRAPH, graph))
                    .orElseGet(() -> query(EXAMPLES_OF_UNION, null)),
                    row -> examples.add(row.getResource("s").getURI()));
        }
        return examples;
    }

    Optional<Instant> lastModified() {
        List<Instant> modified = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(query(LAST_MODIFIED, null), row -> {
                if (row.contains("last")) {
                    modified.add(Instant.parse(row.getLiteral("last").getLexicalForm()));
                }
            });
        }
        return modified.stream().findFirst();
    }

    /** A filter that keeps the rows whose {@code pattern} no graph holds but ?graph and the description. */
    private static String notElsewhere(String pattern) {
        return " FILTER NOT EXISTS { GRAPH ?other { " + pattern + " }"
                + " FILTER (?other != ?graph && ?other != ?description) }";
    }

    /** {@code text} with the publod prefixes, ?graph bound to {@code graphIri} and ?description to its graph. */
    private Query query(String text, String graphIri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(text, PrefixMappings.STANDARD);
        if (graphIri != null) {
            query.setIri("graph", graphIri);
        }
        query.setIri("description", descriptionGraph);
        return query.asQuery();
    }

    /** {@code query} with {@code triples} as the rows of its (empty) inline data block over three variables. */
    private static Query withRows(Query query, List<Triple> triples) {
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                List<Var> vars = data.getVars();
                triples.forEach(triple -> data.add(BindingFactory.builder().add(vars.get(0), triple.getSubject())
                        .add(vars.get(1), triple.getPredicate()).add(vars.get(2), triple.getObject()).build()));
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                ElementWalker.walk(subQuery.getQuery().getQueryPattern(), this);
            }
        });
        return query;
    }

    private static Map<String, Long> classes(RDFConnection connection, Query query) {
        Map<String, Long> classes = new HashMap<>();
        connection.querySelect(query, row -> classes.put(row.getResource("class").getURI(),
                row.getLiteral("n").getLong()));
        return classes;
    }

    private static long number(RDFConnection connection, Query query) {
        long[] result = new long[1];
        connection.querySelect(query, row -> result[0] = row.getLiteral("n").getLong());
        return result[0];
    }
}
