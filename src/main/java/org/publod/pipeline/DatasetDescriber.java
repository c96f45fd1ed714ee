package org.publod.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.map.DatasetDescriptionMapper;
import org.publod.map.IriMinter;
import org.publod.model.DatasetStatistics;
import org.publod.store.PublodStore;
import org.publod.store.SparqlQueries;

/**
 * Keeps the dataset's VoID and DCAT description up to date. The counts are those of the union of the report
 * graphs; the description graph is left out of its own counts. A remote store must offer the union of its named
 * graphs as its default graph (Fuseki: {@code tdb2:unionDefaultGraph}) for the counts to be right.
 *
 * <p>{@link #recount} counts the whole store. {@link #sink} instead follows the graphs it replaces: what a graph
 * adds to the union is what it holds that no other graph holds, so counting that before and after the graph is
 * replaced, and adding the difference to the stored description, gives the same counts at a cost that grows with
 * the report, not with the store.
 */
public final class DatasetDescriber {
    private static final int EXAMPLES = 3;

    private final DatasetDescriptionMapper mapper;
    private final String sparqlEndpoint;

    public DatasetDescriber(PublishSettings settings, String sparqlEndpoint) {
        this.mapper = new DatasetDescriptionMapper(new IriMinter(settings.base()));
        this.sparqlEndpoint = sparqlEndpoint;
    }

    /** Recounts the whole store and stores the description; returns it. */
    public Model recount(PublodStore store) {
        // The old description must not count itself: drop it, count the union of the reports, write anew.
        store.replaceGraph(mapper.graph(), Collections.emptyIterator());
        try (RDFConnection connection = store.connect()) {
            Counts union = counts(connection, "", pattern -> "");
            return store(store, new DatasetStatistics(union.triples(), union.entitiesPerClass(),
                    lastModified(connection), examples(connection, "")));
        }
    }

    /**
     * A sink that replaces graphs in {@code store} and counts what each replacement changes in the union; its
     * {@link DescribingSink#finish} stores the description updated by those changes.
     */
    public DescribingSink sink(PublodStore store) {
        return new DescribingSink(store);
    }

    /** Replaces graphs, and updates the description from what each replacement changed. */
    public final class DescribingSink implements GraphSink {
        private final PublodStore store;
        private long tripleChange;
        private final Map<String, Long> entityChange = new HashMap<>();
        private List<String> examples = List.of();
        private boolean replacedAny;
        private boolean startedEmpty;

        private DescribingSink(PublodStore store) {
            this.store = store;
        }

        @Override
        public long replaceGraph(String graphIri, Iterator<Graph> parts) {
            // Into an empty store, the graph is the whole union: nothing to compare with, before or after.
            boolean alone = store.isEmpty();
            if (!replacedAny) {
                replacedAny = true;
                startedEmpty = alone;
            }
            Counts before = alone ? Counts.NONE : contribution(graphIri, false);
            long triples = store.replaceGraph(graphIri, parts);
            Counts after = contribution(graphIri, alone);
            tripleChange += after.triples() - before.triples();
            after.entitiesPerClass().forEach((classIri, count) -> entityChange.merge(classIri, count, Long::sum));
            before.entitiesPerClass().forEach((classIri, count) -> entityChange.merge(classIri, -count, Long::sum));
            try (RDFConnection connection = store.connect()) {
                List<String> published = examples(connection, graphIri);
                if (!published.isEmpty()) {
                    examples = published;
                }
            }
            return triples;
        }

        /** Stores the description with every change made through this sink; returns it. */
        public Model finish() {
            try (RDFConnection connection = store.connect()) {
                Optional<DatasetStatistics> stored = mapper.read(connection.queryConstruct(SparqlQueries.parse(
                        "CONSTRUCT { ?s ?p ?o } { GRAPH <" + mapper.graph() + "> { ?s ?p ?o } }")));
                if (stored.isEmpty() && !startedEmpty) {
                    // Nothing to update: a store filled before descriptions were kept, or by other means.
                    return recount(store);
                }
                DatasetStatistics previous = stored.orElse(new DatasetStatistics(0, Map.of(), Optional.empty(),
                        List.of()));
                return store(store, previous.plus(tripleChange, entityChange, lastModified(connection),
                        examples.isEmpty() ? previous.examples() : examples));
            }
        }

        private Counts contribution(String graphIri, boolean alone) {
            try (RDFConnection connection = store.connect()) {
                return counts(connection, "<" + graphIri + ">", alone ? pattern -> "" : pattern -> """
                         FILTER NOT EXISTS {
                          GRAPH ?other { {pattern} }
                          FILTER (?other != <{graph}> && ?other != <{description}>)
                        }""".replace("{pattern}", pattern).replace("{graph}", graphIri)
                        .replace("{description}", mapper.graph()));
            }
        }
    }

    /** Triples and instances per class: of the union of all graphs, or of one graph without what others hold. */
    private record Counts(long triples, Map<String, Long> entitiesPerClass) {
        static final Counts NONE = new Counts(0, Map.of());
    }

    /**
     * Counts in {@code graph} ("" for the union default graph), keeping only the matches that pass the filter
     * {@code unlessElsewhere} makes for the pattern matched. Within one graph, or in TDB2's union graph, a triple
     * occurs once, so no count needs a DISTINCT over a whole graph.
     */
    private static Counts counts(RDFConnection connection, String graph, UnaryOperator<String> unlessElsewhere) {
        String triple = "?s ?p ?o";
        String typed = "?s a ?class";
        long triples = number(connection, "SELECT (COUNT(*) AS ?n) { " + scoped(graph, triple)
                + unlessElsewhere.apply(triple) + " }");
        Map<String, Long> classes = new HashMap<>();
        connection.querySelect(SparqlQueries.parse("SELECT ?class (COUNT(*) AS ?n) { " + scoped(graph, typed)
                        + unlessElsewhere.apply(typed) + " } GROUP BY ?class"),
                row -> classes.put(row.getResource("class").getURI(), row.getLiteral("n").getLong()));
        return new Counts(triples, classes);
    }

    private static String scoped(String graph, String pattern) {
        return graph.isEmpty() ? pattern : "GRAPH " + graph + " { " + pattern + " }";
    }

    /** The first publications of {@code graph} (or of the union, for ""), in IRI order. */
    private static List<String> examples(RDFConnection connection, String graph) {
        List<String> examples = new ArrayList<>();
        connection.querySelect(SparqlQueries.parse("SELECT DISTINCT ?s { "
                        + scoped(graph.isEmpty() ? "" : "<" + graph + ">", "?s a fabio:Expression ; prov:wasDerivedFrom ?source")
                        + " } ORDER BY ?s LIMIT " + EXAMPLES),
                row -> examples.add(row.getResource("s").getURI()));
        return examples;
    }

    /** When the newest report graph was made: one triple per graph to look at. */
    private static Optional<Instant> lastModified(RDFConnection connection) {
        List<Instant> modified = new ArrayList<>();
        connection.querySelect(SparqlQueries.parse(
                "SELECT (MAX(?t) AS ?last) { GRAPH ?g { ?g prov:generatedAtTime ?t } }"), row -> {
                    if (row.contains("last")) {
                        modified.add(Instant.parse(row.getLiteral("last").getLexicalForm()));
                    }
                });
        return modified.stream().findFirst();
    }

    private Model store(PublodStore store, DatasetStatistics statistics) {
        Model description = mapper.describe(statistics, sparqlEndpoint);
        store.replaceGraph(mapper.graph(), List.of(description.getGraph()).iterator());
        return description;
    }

    private static long number(RDFConnection connection, String query) {
        long[] result = new long[1];
        connection.querySelect(SparqlQueries.parse(query), row -> result[0] = row.getLiteral("n").getLong());
        return result[0];
    }

    /** The description graph's IRI under the settings' base. */
    public String graph() {
        return mapper.graph();
    }
}
