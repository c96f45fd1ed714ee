package org.publod.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdfconnection.RDFConnection;

/**
 * Where publod keeps published graphs: the embedded TDB2 store or any SPARQL 1.1 store. Each report lives in
 * its own named graph; queries see the union of them as the default graph.
 */
public interface PublodStore extends AutoCloseable {

    /**
     * Replaces a named graph whole with the given parts, added in order as they are produced, so the parts can
     * come from a stream that is still being read. Inside {@link #inWriteTransaction}, part of that transaction.
     *
     * @return the number of triples in the graph afterwards
     */
    long replaceGraph(String graphIri, Iterator<Graph> parts);

    /**
     * Loads a named graph into an empty store the fastest way the store has (TDB2: its bulk loader, in a
     * transaction of its own).
     *
     * @return the number of triples in the graph afterwards
     */
    long bulkLoad(String graphIri, Iterator<Graph> parts);

    /** Removes {@code removed} from a named graph and adds {@code added} to it; part of a surrounding transaction. */
    void changeGraph(String graphIri, Graph added, Graph removed);

    /**
     * Runs {@code work}, and every write and query it makes through this store on this thread, as one write
     * transaction: all of it is stored, or none. A store without transactions over several requests (a remote
     * SPARQL store) runs each request as its own.
     */
    void inWriteTransaction(Runnable work);

    /** Whether the store holds no triple at all, in any graph. */
    boolean isEmpty();

    /** A connection for SPARQL queries, whose default graph is the union of the named graphs. */
    RDFConnection connect();

    /**
     * Whether the default graph holds each triple once, however many named graphs hold it (an RDF merge). If not
     * (Virtuoso), a count over the default graph must count distinct triples.
     */
    default boolean mergesGraphs() {
        return true;
    }

    /**
     * Does ahead what the first write would do once, so that it does not wait for it; a server that takes
     * publications calls it when it starts. Nothing to do for most stores.
     */
    default void prepareForWrites() {
    }

    /** What the store is, for messages: a directory or an endpoint. */
    String describe();

    @Override
    void close();
}
