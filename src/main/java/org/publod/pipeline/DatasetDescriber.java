package org.publod.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.RDF;
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
 * <p>{@link #recount} counts the whole store. {@link StoreSink} instead follows the graphs it replaces: what a
 * graph adds to the union is what it holds that no other graph holds. Counting that before and after the graph is
 * replaced ({@link #contribution}; into an empty store, {@link #whole}), or among the triples the replacement adds
 * and removes ({@link #notElsewhere}), and adding the difference to the stored description ({@link #update}), gives
 * the same counts at a cost that grows with the report, not with the store.
 */
public final class DatasetDescriber {
    private static final int EXAMPLES = 3;
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

    /** What {@code graphIri} holds that no other graph does. Counted in the store: the cost grows with the graph. */
    Counts contribution(PublodStore store, String graphIri) {
        try (RDFConnection connection = store.connect()) {
            return counts(connection, Rows.in(graphIri), unlessElsewhere(graphIri));
        }
    }

    /**
     * All that {@code graphIri} holds, when no other graph exists: its {@code triples}, known from loading it, and
     * its typed resources, counted in the store.
     */
    Counts whole(PublodStore store, String graphIri, long triples) {
        try (RDFConnection connection = store.connect()) {
            return new Counts(triples, classCounts(connection, Rows.in(graphIri), pattern -> ""));
        }
    }

    /** Of {@code triples}, those that no graph other than {@code graphIri} holds, checked in chunks. */
    Counts notElsewhere(PublodStore store, String graphIri, Graph triples) {
        List<Triple> all = triples.find().toList();
        Counts total = Counts.NONE;
        try (RDFConnection connection = store.connect()) {
            for (int from = 0; from < all.size(); from += VALUES_CHUNK) {
                List<Triple> chunk = all.subList(from, Math.min(all.size(), from + VALUES_CHUNK));
                total = total.plus(counts(connection, new Rows(values(chunk, false), values(chunk, true)),
                        unlessElsewhere(graphIri)), 1);
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

    /**
     * Stores the description updated by {@code changes}; returns it. A store without a description that was not
     * empty when the changes began is recounted instead.
     */
    Model update(PublodStore store, Changes changes) {
        try (RDFConnection connection = store.connect()) {
            Optional<DatasetStatistics> stored = mapper.read(connection.queryConstruct(SparqlQueries.parse(
                    "CONSTRUCT { ?s ?p ?o } { GRAPH <" + mapper.graph() + "> { ?s ?p ?o } }")));
            if (stored.isEmpty() && !changes.startedEmpty) {
                // Nothing to update: a store filled before descriptions were kept, or by other means.
                return recount(store);
            }
            DatasetStatistics previous = stored.orElse(new DatasetStatistics(0, Map.of(), Optional.empty(),
                    List.of()));
            Counts now = new Counts(previous.triples(), previous.entitiesPerClass()).plus(changes.counts, 1);
            return store(store, new DatasetStatistics(now.triples(), now.entitiesPerClass(), lastModified(connection),
                    changes.examples.isEmpty() ? previous.examples() : changes.examples));
        }
    }

    /** What a series of replacements changed in the union's counts, and the examples of the last report. */
    static final class Changes {
        private Counts counts = Counts.NONE;
        private List<String> examples = List.of();
        private boolean replacedAny;
        private boolean startedEmpty;

        void replacing(boolean storeIsEmpty) {
            if (!replacedAny) {
                replacedAny = true;
                startedEmpty = storeIsEmpty;
            }
        }

        void add(Counts gained, Counts lost) {
            counts = counts.plus(gained, 1).plus(lost, -1);
        }

        void examples(List<String> published) {
            if (!published.isEmpty()) {
                examples = published;
            }
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

    /** Triples and instances per class: of the union of all graphs, or of one graph without what others hold. */
    record Counts(long triples, Map<String, Long> entitiesPerClass) {
        static final Counts NONE = new Counts(0, Map.of());

        /** These counts with {@code sign} (1 or -1) times {@code other}'s added; classes that come to 0 left out. */
        Counts plus(Counts other, int sign) {
            Map<String, Long> classes = new HashMap<>(entitiesPerClass);
            other.entitiesPerClass.forEach((classIri, count) -> classes.merge(classIri, sign * count, Long::sum));
            classes.values().removeIf(count -> count == 0);
            return new Counts(triples + sign * other.triples, classes);
        }
    }

    /** Patterns that bind ?s ?p ?o to the triples counted, and ?s ?class to their rdf:type triples. */
    private record Rows(String triples, String typed) {
        static final Rows UNION = new Rows("?s ?p ?o", "?s a ?class");

        static Rows in(String graphIri) {
            String graph = "GRAPH <" + graphIri + "> ";
            return new Rows(graph + "{ ?s ?p ?o }", graph + "{ ?s a ?class }");
        }
    }

    /**
     * Counts the triples and the typed resources {@code rows} gives, keeping only those that pass the filter
     * {@code unlessElsewhere} makes for the pattern matched. Within one graph, or in TDB2's union graph, a triple
     * occurs once, so no count needs a DISTINCT over a whole graph.
     */
    private static Counts counts(RDFConnection connection, Rows rows, UnaryOperator<String> unlessElsewhere) {
        long triples = number(connection, "SELECT (COUNT(*) AS ?n) { " + rows.triples()
                + unlessElsewhere.apply("?s ?p ?o") + " }");
        return new Counts(triples, classCounts(connection, rows, unlessElsewhere));
    }

    private static Map<String, Long> classCounts(RDFConnection connection, Rows rows,
                                                 UnaryOperator<String> unlessElsewhere) {
        Map<String, Long> classes = new HashMap<>();
        connection.querySelect(SparqlQueries.parse("SELECT ?class (COUNT(*) AS ?n) { " + rows.typed()
                        + unlessElsewhere.apply("?s a ?class") + " } GROUP BY ?class"),
                row -> classes.put(row.getResource("class").getURI(), row.getLiteral("n").getLong()));
        return classes;
    }

    /** The first publications of {@code graphIri}, in IRI order. */
    List<String> examples(PublodStore store, String graphIri) {
        try (RDFConnection connection = store.connect()) {
            return examples(connection, graphIri);
        }
    }

    /**
     * The first publications of {@code graphIri} (of the union, for ""), in IRI order. Each typed publication is
     * one row, so the engine keeps only the first few while it reads, however large the graph.
     */
    private static List<String> examples(RDFConnection connection, String graphIri) {
        String pattern = "?s a fabio:Expression FILTER EXISTS { ?s prov:wasDerivedFrom ?source }";
        String where = graphIri.isEmpty() ? pattern : "GRAPH <" + graphIri + "> { " + pattern + " }";
        List<String> examples = new ArrayList<>();
        connection.querySelect(SparqlQueries.parse("SELECT ?s { " + where + " } ORDER BY ?s LIMIT " + EXAMPLES),
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
}
