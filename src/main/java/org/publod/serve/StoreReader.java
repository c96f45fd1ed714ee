package org.publod.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.Sparql;
import org.publod.vocab.PrefixMappings;

/**
 * Read-only SPARQL over the served store, each query on a connection of its own (on the embedded dataset, in its own
 * read transaction), results copied out so they outlive it. The default graph is the union of the report graphs, as
 * everywhere in publod: the embedded dataset's is, and a remote store's connection makes it so.
 */
final class StoreReader {
    private final Supplier<RDFConnection> connections;

    /** Reads the embedded dataset. */
    StoreReader(Dataset dataset) {
        this(() -> RDFConnection.connect(dataset));
    }

    /** Reads whatever store {@code connections} opens connections to, such as a remote one. */
    StoreReader(Supplier<RDFConnection> connections) {
        this.connections = connections;
    }

    /** A connection to the store, for the endpoint to send queries on. */
    RDFConnection connect() {
        return connections.get();
    }

    Model construct(String query) {
        return construct(Sparql.parse(query));
    }

    Model construct(Query query) {
        try (RDFConnection connection = connections.get()) {
            Model model = connection.queryConstruct(query);
            model.setNsPrefixes(PrefixMappings.STANDARD);
            return model;
        }
    }

    boolean ask(String query) {
        return ask(Sparql.parse(query));
    }

    boolean ask(Query query) {
        try (RDFConnection connection = connections.get()) {
            return connection.queryAsk(query);
        }
    }

    List<QuerySolution> select(String query) {
        return select(Sparql.parse(query));
    }

    /** The first {@code limit} rows of {@code query}. */
    List<QuerySolution> select(String query, long limit) {
        return select(Sparql.parse(query), limit);
    }

    /** The first {@code limit} rows of {@code query}, which is given that limit. */
    List<QuerySolution> select(Query query, long limit) {
        query.setLimit(limit);
        return select(query);
    }

    List<QuerySolution> select(Query parsed) {
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection connection = connections.get()) {
            connection.querySelect(parsed, row -> rows.add(Sparql.copy(row)));
        }
        return rows;
    }
}
