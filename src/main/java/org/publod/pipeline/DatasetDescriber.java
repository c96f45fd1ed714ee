package org.publod.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.map.DatasetDescriptionMapper;
import org.publod.map.IriMinter;
import org.publod.model.DatasetStatistics;
import org.publod.store.PublodStore;
import org.publod.store.SparqlQueries;

/**
 * Keeps the dataset's VoID and DCAT description up to date: counts the report graphs live, then replaces the
 * description graph. The description graph is left out of its own counts. A remote store must offer the union of
 * its named graphs as its default graph (Fuseki: {@code tdb2:unionDefaultGraph}) for the counts to be right.
 */
public final class DatasetDescriber {
    private static final int EXAMPLES = 3;

    private final DatasetDescriptionMapper mapper;
    private final String sparqlEndpoint;

    public DatasetDescriber(PublishSettings settings, String sparqlEndpoint) {
        this.mapper = new DatasetDescriptionMapper(new IriMinter(settings.base()));
        this.sparqlEndpoint = sparqlEndpoint;
    }

    /** Recounts the store and stores the description; returns it. */
    public Model update(PublodStore store) {
        // The old description must not count itself: drop it, count the union of the reports, write anew.
        store.replaceGraph(mapper.graph(), Collections.emptyIterator());
        Model description = mapper.describe(statistics(store), sparqlEndpoint);
        store.replaceGraph(mapper.graph(), List.of(description.getGraph()).iterator());
        return description;
    }

    /**
     * Counts over the default graph, which is the union of the report graphs: in TDB2 that union is read off an
     * index in which one triple's copies in several graphs lie side by side, so no query needs a DISTINCT over
     * every triple of the store.
     */
    private DatasetStatistics statistics(PublodStore store) {
        try (RDFConnection connection = store.connect()) {
            long triples = number(connection, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
            Map<String, Long> classes = new LinkedHashMap<>();
            connection.querySelect(SparqlQueries.parse(
                    "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { ?s a ?class } GROUP BY ?class"),
                    row -> classes.put(row.getResource("class").getURI(), row.getLiteral("n").getLong()));
            long entities = number(connection, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?class }");
            List<String> examples = new ArrayList<>();
            connection.querySelect(SparqlQueries.parse("SELECT DISTINCT ?s { ?s a fabio:Expression ; "
                    + "prov:wasDerivedFrom ?source } ORDER BY ?s LIMIT " + EXAMPLES),
                    row -> examples.add(row.getResource("s").getURI()));
            List<Instant> modified = new ArrayList<>();
            connection.querySelect(SparqlQueries.parse(
                    "SELECT (MAX(?t) AS ?last) { GRAPH ?g { ?g prov:generatedAtTime ?t } }"), row -> {
                        if (row.contains("last")) {
                            modified.add(Instant.parse(row.getLiteral("last").getLexicalForm()));
                        }
                    });
            return new DatasetStatistics(triples, entities, classes, modified.stream().findFirst(), examples);
        }
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
