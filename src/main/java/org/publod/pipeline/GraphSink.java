package org.publod.pipeline;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.publod.validate.StoredEntries;

/** Where a report's graph goes: a store, or a file. Replaces the named graph whole. */
@FunctionalInterface
public interface GraphSink {
    /** Consumes the parts and keeps nothing: for runs that only check or measure. */
    GraphSink DISCARD = (graphIri, parts) -> {
        parts.forEachRemaining(part -> { });
        return 0;
    };

    /**
     * @return the triples in the graph once written
     */
    long replaceGraph(String graphIri, Iterator<Graph> parts);

    /**
     * What the target already holds in graphs other than {@code graphIri}, for the checks across reports: nothing,
     * unless the sink writes into a store.
     */
    default StoredEntries storedBesides(String graphIri) {
        return StoredEntries.NONE;
    }

    /**
     * Removes a graph that a report had under an IRI publod no longer mints (its Unicode IRI): nothing to do
     * unless the sink writes into a store.
     */
    default void retireGraph(String graphIri) {
    }
}
