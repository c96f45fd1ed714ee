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
     * come from a stream that is still being read.
     *
     * @return the number of triples in the graph afterwards
     */
    long replaceGraph(String graphIri, Iterator<Graph> parts);

    /** Removes {@code removed} from a named graph and adds {@code added} to it, in one transaction. */
    void changeGraph(String graphIri, Graph added, Graph removed);

    /** Whether the store holds no triple at all, in any graph. */
    boolean isEmpty();

    /** A connection for SPARQL queries, whose default graph is the union of the named graphs. */
    RDFConnection connect();

    /** What the store is, for messages: a directory or an endpoint. */
    String describe();

    @Override
    void close();
}
