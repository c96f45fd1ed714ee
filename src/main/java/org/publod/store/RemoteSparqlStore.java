package org.publod.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * Any SPARQL 1.1 store: SPARQL Update to drop a report's graph, the Graph Store Protocol to add it back in
 * batches, SPARQL Query to read. Whether its default graph is the union of the named graphs is the store's
 * own setting (for Fuseki, {@code tdb2:unionDefaultGraph}).
 */
public final class RemoteSparqlStore implements PublodStore {
    private static final int BATCH_TRIPLES = 50_000;

    private final String datasetUrl;

    private RemoteSparqlStore(String datasetUrl) {
        this.datasetUrl = datasetUrl;
    }

    /**
     * A store at a dataset URL that offers the usual Fuseki endpoints ({@code sparql}, {@code update},
     * {@code data}).
     */
    public static RemoteSparqlStore at(String datasetUrl) {
        if (!datasetUrl.matches("https?://\\S+")) {
            throw new PublodException(ErrorCode.INPUT, "a remote store is an http(s) dataset URL, found \""
                    + datasetUrl + "\"");
        }
        return new RemoteSparqlStore(datasetUrl.replaceAll("/+$", ""));
    }

    @Override
    public long replaceGraph(String graphIri, Iterator<Graph> parts) {
        Node graphName = NodeFactory.createURI(graphIri);
        try (RDFConnection connection = connect()) {
            connection.update(new UpdateRequest(new UpdateDrop(graphName, true)));
            Model batch = ModelFactory.createDefaultModel();
            while (parts.hasNext()) {
                parts.next().find().forEach(batch.getGraph()::add);
                if (batch.size() >= BATCH_TRIPLES || !parts.hasNext()) {
                    connection.load(graphIri, batch);
                    batch = ModelFactory.createDefaultModel();
                }
            }
            ParameterizedSparqlString size = new ParameterizedSparqlString(
                    "SELECT (COUNT(*) AS ?n) { GRAPH ?graph { ?s ?p ?o } }");
            size.setParam("graph", graphName);
            try (QueryExecution count = connection.query(size.asQuery())) {
                return count.execSelect().next().getLiteral("n").getLong();
            }
        } catch (RuntimeException e) {
            throw new PublodException(ErrorCode.STORE, datasetUrl + ": cannot replace graph <" + graphIri + "> ("
                    + e.getMessage() + ")", e);
        }
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

    @Override
    public void changeGraph(String graphIri, Graph added, Graph removed) {
        Node graphName = NodeFactory.createURI(graphIri);
        UpdateRequest change = new UpdateRequest();
        change.add(new UpdateDataDelete(quads(graphName, removed)));
        change.add(new UpdateDataInsert(quads(graphName, added)));
        try (RDFConnection connection = connect()) {
            connection.update(change);
        } catch (RuntimeException e) {
            throw new PublodException(ErrorCode.STORE, datasetUrl + ": cannot change graph <" + graphIri + "> ("
                    + e.getMessage() + ")", e);
        }
    }

    private static QuadDataAcc quads(Node graphName, Graph triples) {
        QuadDataAcc quads = new QuadDataAcc();
        triples.find().forEach(triple -> quads.addQuad(Quad.create(graphName, triple)));
        return quads;
    }

    @Override
    public boolean isEmpty() {
        try (RDFConnection connection = connect()) {
            return !connection.queryAsk("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        } catch (RuntimeException e) {
            throw new PublodException(ErrorCode.STORE, datasetUrl + ": cannot query the store (" + e.getMessage()
                    + ")", e);
        }
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.service(datasetUrl).queryEndpoint("sparql").updateEndpoint("update")
                .gspEndpoint("data").build();
    }

    @Override
    public String describe() {
        return "SPARQL store " + datasetUrl;
    }

    @Override
    public void close() {
        // Connections are opened per operation; nothing is held.
    }
}
