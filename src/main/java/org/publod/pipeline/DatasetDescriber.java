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
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDescriber.class);
    private static final int EXAMPLES = 3;
    /** The most triples a graph may have for a replacement to be compared with it (about 1,500 entries). */
    private static final int DIFF_LIMIT = 250_000;
    /** Triples per VALUES block when checking which triples other graphs hold. */
    private static final int VALUES_CHUNK = 500;

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
            Counts union = counts(connection, Rows.UNION, pattern -> "");
            return store(store, new DatasetStatistics(union.triples(), union.entitiesPerClass(),
                    lastModified(connection), examples(connection, "")));
        }
    }

    /**
     * A sink that replaces graphs in {@code store} and counts what each replacement changes in the union; its
     * {@link DescribingSink#finish} stores the description updated by those changes.
     */
    public DescribingSink sink(PublodStore store) {
        return new DescribingSink(store, DIFF_LIMIT);
    }

    /** A sink that compares graphs of up to {@code diffLimit} triples with their predecessors; for tests. */
    DescribingSink sink(PublodStore store, int diffLimit) {
        return new DescribingSink(store, diffLimit);
    }

    /**
     * Replaces graphs, and updates the description from what each replacement changed. A graph of up to
     * {@code diffLimit} triples (by default {@value #DIFF_LIMIT}) replacing one of as many is compared with it, and only the difference is
     * written: re-publishing a report that changed little writes little.
     */
    public final class DescribingSink implements GraphSink {
        private final PublodStore store;
        private final int diffLimit;
        private long tripleChange;
        private final Map<String, Long> entityChange = new HashMap<>();
        private List<String> examples = List.of();
        private boolean replacedAny;
        private boolean startedEmpty;

        private DescribingSink(PublodStore store, int diffLimit) {
            this.store = store;
            this.diffLimit = diffLimit;
        }

        @Override
        public long replaceGraph(String graphIri, Iterator<Graph> parts) {
            // Into an empty store, the graph is the whole union: nothing to compare with, before or after.
            boolean alone = store.isEmpty();
            if (!replacedAny) {
                replacedAny = true;
                startedEmpty = alone;
            }
            long triples;
            if (alone) {
                triples = store.replaceGraph(graphIri, parts);
                record(contribution(graphIri, true), Counts.NONE);
            } else {
                Graph fresh = GraphFactory.createDefaultGraph();
                while (parts.hasNext() && fresh.size() <= diffLimit) {
                    parts.next().find().forEach(fresh::add);
                }
                Optional<Graph> stored = parts.hasNext() || fresh.size() > diffLimit ? Optional.empty()
                        : storedUpToLimit(graphIri);
                if (stored.isPresent() && !hasBlankNodes(fresh) && !hasBlankNodes(stored.get())) {
                    triples = replaceByDifference(graphIri, stored.get(), fresh);
                } else {
                    Counts before = contribution(graphIri, false);
                    triples = store.replaceGraph(graphIri, Iter.concat(List.of(fresh).iterator(), parts));
                    record(contribution(graphIri, false), before);
                }
            }
            try (RDFConnection connection = store.connect()) {
                List<String> published = examples(connection, graphIri);
                if (!published.isEmpty()) {
                    examples = published;
                }
            }
            return triples;
        }

        /**
         * What a graph adds to the union is what no other graph holds; the triples a replacement adds or removes
         * change that by those of them no other graph holds.
         */
        private long replaceByDifference(String graphIri, Graph stored, Graph fresh) {
            Graph added = difference(fresh, stored);
            Graph removed = difference(stored, fresh);
            Counts gained = notElsewhere(graphIri, added);
            Counts lost = notElsewhere(graphIri, removed);
            store.changeGraph(graphIri, added, removed);
            record(gained, lost);
            LOG.debug("<{}>: {} triples added, {} removed, {} kept", graphIri, added.size(), removed.size(),
                    fresh.size() - added.size());
            return fresh.size();
        }

        private void record(Counts gained, Counts lost) {
            tripleChange += gained.triples() - lost.triples();
            gained.entitiesPerClass().forEach((classIri, count) -> entityChange.merge(classIri, count, Long::sum));
            lost.entitiesPerClass().forEach((classIri, count) -> entityChange.merge(classIri, -count, Long::sum));
        }

        /** The graph as stored, unless it holds more than {@code diffLimit} triples. */
        private Optional<Graph> storedUpToLimit(String graphIri) {
            try (RDFConnection connection = store.connect()) {
                Graph stored = connection.queryConstruct(SparqlQueries.parse("CONSTRUCT { ?s ?p ?o } { GRAPH <"
                        + graphIri + "> { ?s ?p ?o } } LIMIT " + (diffLimit + 1))).getGraph();
                return stored.size() > diffLimit ? Optional.empty() : Optional.of(stored);
            }
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

        /** What {@code graphIri} holds that no other graph does ({@code alone}: no other graph exists). */
        private Counts contribution(String graphIri, boolean alone) {
            String graph = "GRAPH <" + graphIri + "> ";
            try (RDFConnection connection = store.connect()) {
                return counts(connection, new Rows(graph + "{ ?s ?p ?o }", graph + "{ ?s a ?class }"),
                        alone ? pattern -> "" : unlessElsewhere(graphIri));
            }
        }

        /** Of {@code triples}, those that no graph other than {@code graphIri} holds, counted in chunks. */
        private Counts notElsewhere(String graphIri, Graph triples) {
            List<Triple> all = triples.find().toList();
            Counts total = Counts.NONE;
            try (RDFConnection connection = store.connect()) {
                for (int from = 0; from < all.size(); from += VALUES_CHUNK) {
                    List<Triple> chunk = all.subList(from, Math.min(all.size(), from + VALUES_CHUNK));
                    total = total.plus(counts(connection, new Rows(values(chunk, false), values(chunk, true)),
                            unlessElsewhere(graphIri)));
                }
            }
            return total;
        }

        private UnaryOperator<String> unlessElsewhere(String graphIri) {
            return pattern -> """
                     FILTER NOT EXISTS {
                      GRAPH ?other { {pattern} }
                      FILTER (?other != <{graph}> && ?other != <{description}>)
                    }""".replace("{pattern}", pattern).replace("{graph}", graphIri)
                    .replace("{description}", mapper.graph());
        }
    }

    /** A VALUES block binding ?s ?p ?o to each triple, or ?s ?class to each rdf:type triple. */
    private static String values(List<Triple> triples, boolean typedOnly) {
        StringBuilder block = new StringBuilder(typedOnly ? "VALUES (?s ?class) {" : "VALUES (?s ?p ?o) {");
        for (Triple triple : triples) {
            if (typedOnly && !triple.getPredicate().equals(RDF.type.asNode())) {
                continue;
            }
            block.append(" (").append(NodeFmtLib.strNT(triple.getSubject()));
            if (!typedOnly) {
                block.append(' ').append(NodeFmtLib.strNT(triple.getPredicate()));
            }
            block.append(' ').append(NodeFmtLib.strNT(triple.getObject())).append(')');
        }
        return block.append(" }").toString();
    }

    private static Graph difference(Graph graph, Graph without) {
        Graph difference = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(without::contains).forEach(difference::add);
        return difference;
    }

    private static boolean hasBlankNodes(Graph graph) {
        return graph.find().filterKeep(triple -> triple.getSubject().isBlank() || triple.getObject().isBlank())
                .hasNext();
    }

    /** Triples and instances per class: of the union of all graphs, or of one graph without what others hold. */
    private record Counts(long triples, Map<String, Long> entitiesPerClass) {
        static final Counts NONE = new Counts(0, Map.of());

        Counts plus(Counts other) {
            Map<String, Long> classes = new HashMap<>(entitiesPerClass);
            other.entitiesPerClass.forEach((classIri, count) -> classes.merge(classIri, count, Long::sum));
            return new Counts(triples + other.triples, classes);
        }
    }

    /** Patterns that bind ?s ?p ?o to the triples counted, and ?s ?class to their rdf:type triples. */
    private record Rows(String triples, String typed) {
        static final Rows UNION = new Rows("?s ?p ?o", "?s a ?class");
    }

    /**
     * Counts the triples and the typed resources {@code rows} gives, keeping only those that pass the filter
     * {@code unlessElsewhere} makes for the pattern matched. Within one graph, or in TDB2's union graph, a triple
     * occurs once, so no count needs a DISTINCT over a whole graph.
     */
    private static Counts counts(RDFConnection connection, Rows rows, UnaryOperator<String> unlessElsewhere) {
        long triples = number(connection, "SELECT (COUNT(*) AS ?n) { " + rows.triples()
                + unlessElsewhere.apply("?s ?p ?o") + " }");
        Map<String, Long> classes = new HashMap<>();
        connection.querySelect(SparqlQueries.parse("SELECT ?class (COUNT(*) AS ?n) { " + rows.typed()
                        + unlessElsewhere.apply("?s a ?class") + " } GROUP BY ?class"),
                row -> classes.put(row.getResource("class").getURI(), row.getLiteral("n").getLong()));
        return new Counts(triples, classes);
    }

    /** The first publications of {@code graphIri} (of the union, for ""), in IRI order. */
    private static List<String> examples(RDFConnection connection, String graphIri) {
        String pattern = "?s a fabio:Expression ; prov:wasDerivedFrom ?source";
        String where = graphIri.isEmpty() ? pattern : "GRAPH <" + graphIri + "> { " + pattern + " }";
        List<String> examples = new ArrayList<>();
        connection.querySelect(SparqlQueries.parse("SELECT DISTINCT ?s { " + where + " } ORDER BY ?s LIMIT "
                + EXAMPLES), row -> examples.add(row.getResource("s").getURI()));
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
