package org.publod.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Any SPARQL 1.1 store, reached over HTTP: SPARQL Update to drop a report's graph and to write it back in batches of
 * {@code INSERT DATA}, SPARQL Query to read. Where the store's default graph is not the union of publod's graphs,
 * queries name them ({@link RemoteConnection}). Each request is answered within the timeouts set or fails with a
 * message; a request that failed on the way is sent again ({@link RemoteStoreSettings}).
 */
public final class RemoteSparqlStore implements PublodStore {
    private final RemoteRequests requests;

    private RemoteSparqlStore(RemoteStoreSettings settings) {
        this.requests = new RemoteRequests(settings);
    }

    /** A Fuseki dataset at {@code datasetUrl} ({@code sparql} and {@code update} under it), without credentials. */
    public static RemoteSparqlStore at(String datasetUrl) {
        return with(RemoteStoreSettings.of(StoreProfile.FUSEKI, datasetUrl, Optional.empty()));
    }

    public static RemoteSparqlStore with(RemoteStoreSettings settings) {
        return new RemoteSparqlStore(settings);
    }

    public RemoteStoreSettings settings() {
        return requests.settings();
    }

    /** Drops the graph, then loads it in batches: readers may see it half loaded (a store keeps no transaction). */
    @Override
    public long replaceGraph(String graphIri, Iterator<Graph> parts) {
        Node graphName = NodeFactory.createURI(graphIri);
        requests.update(new UpdateRequest(new UpdateDrop(graphName, true)));
        List<Triple> batch = new ArrayList<>();
        while (parts.hasNext()) {
            parts.next().find().forEach(batch::add);
            while (batch.size() >= settings().batchTriples()) {
                List<Triple> full = batch.subList(0, settings().batchTriples());
                requests.update(new UpdateRequest(new UpdateDataInsert(quads(graphName, full))));
                full.clear();
            }
        }
        if (!batch.isEmpty()) {
            requests.update(new UpdateRequest(new UpdateDataInsert(quads(graphName, batch))));
        }
        ParameterizedSparqlString size = new ParameterizedSparqlString(
                "SELECT (COUNT(*) AS ?n) { GRAPH ?graph { ?s ?p ?o } }");
        size.setParam("graph", graphName);
        long[] triples = new long[1];
        try (RDFConnection connection = connect()) {
            connection.querySelect(size.asQuery(), row -> triples[0] = row.getLiteral("n").getLong());
        }
        return triples[0];
    }

    /** A remote store has no bulk loader of its own to reach: the graph is loaded in batches. */
    @Override
    public long bulkLoad(String graphIri, Iterator<Graph> parts) {
        return replaceGraph(graphIri, parts);
    }

    /** Each request is a transaction of its own: a remote store keeps no transaction across requests. */
    @Override
    public void inWriteTransaction(Runnable work) {
        work.run();
    }

    /**
     * Deletes and adds in one request when both fit in a batch, so readers see the graph before or after; a larger
     * change is sent as deletions, then additions, in batches.
     */
    @Override
    public void changeGraph(String graphIri, Graph added, Graph removed) {
        Node graphName = NodeFactory.createURI(graphIri);
        List<Triple> deletions = removed.find().toList();
        List<Triple> insertions = added.find().toList();
        int batch = settings().batchTriples();
        if (deletions.size() + insertions.size() <= batch) {
            UpdateRequest change = new UpdateRequest();
            if (!deletions.isEmpty()) {
                change.add(new UpdateDataDelete(quads(graphName, deletions)));
            }
            if (!insertions.isEmpty()) {
                change.add(new UpdateDataInsert(quads(graphName, insertions)));
            }
            if (!change.getOperations().isEmpty()) {
                requests.update(change);
            }
            return;
        }
        for (int from = 0; from < deletions.size(); from += batch) {
            send(new UpdateDataDelete(quads(graphName, deletions.subList(from,
                    Math.min(deletions.size(), from + batch)))));
        }
        for (int from = 0; from < insertions.size(); from += batch) {
            send(new UpdateDataInsert(quads(graphName, insertions.subList(from,
                    Math.min(insertions.size(), from + batch)))));
        }
    }

    private void send(Update update) {
        requests.update(new UpdateRequest(update));
    }

    private static QuadDataAcc quads(Node graphName, List<Triple> triples) {
        QuadDataAcc quads = new QuadDataAcc();
        triples.forEach(triple -> quads.addQuad(Quad.create(graphName, triple)));
        return quads;
    }

    /** Whether publod's graphs hold nothing; the store's own graphs (Virtuoso's system graphs) do not count. */
    @Override
    public boolean isEmpty() {
        try (RDFConnection connection = connect()) {
            return !connection.queryAsk(SparqlQueries.parse("ASK { GRAPH ?g { ?s ?p ?o } }"));
        }
    }

    /** A connection whose default graph is the union of publod's graphs, and whose named graphs are those. */
    @Override
    public RDFConnection connect() {
        return new RemoteConnection(requests);
    }

    @Override
    public boolean mergesGraphs() {
        return settings().profile().mergesGraphs();
    }

    @Override
    public String describe() {
        return settings().profile() + " store " + settings().endpoints().query();
    }

    @Override
    public void close() {
        // Connections are opened per operation; nothing is held.
    }
}
