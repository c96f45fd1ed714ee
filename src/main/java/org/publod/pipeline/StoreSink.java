package org.publod.pipeline;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.store.PublodStore;
import org.publod.store.SparqlQueries;
import org.publod.validate.StoredEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@code publish} and {@code link} write: replaces report graphs in a store, each the cheapest way, and keeps
 * the dataset description up to date with what each replacement changed ({@link #finish}).
 *
 * <p>Into an empty store a graph is written whole, streamed as it is produced (TDB2 bulk-loads it). Into a
 * populated store, a graph of up to {@code diffLimit} triples (by default {@value #DIFF_LIMIT}) that replaces one of
 * as many is compared with it and only the difference is written: re-publishing a report that changed little
 * writes little. A larger graph replaces its predecessor whole, streamed. Either way the store applies the
 * replacement in one transaction.
 */
public final class StoreSink implements GraphSink {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSink.class);
    /** The most triples a graph may have for a replacement to be compared with it (about 1,500 entries). */
    private static final int DIFF_LIMIT = 250_000;

    private final PublodStore store;
    private final DatasetDescriber describer;
    private final int diffLimit;
    private final DatasetDescriber.Changes changes = new DatasetDescriber.Changes();

    public StoreSink(PublodStore store, DatasetDescriber describer) {
        this(store, describer, DIFF_LIMIT);
    }

    /** A sink that compares graphs of up to {@code diffLimit} triples with their predecessors. */
    StoreSink(PublodStore store, DatasetDescriber describer, int diffLimit) {
        this.store = store;
        this.describer = describer;
        this.diffLimit = diffLimit;
    }

    @Override
    public long replaceGraph(String graphIri, Iterator<Graph> parts) {
        // Into an empty store, the graph is the whole union: nothing to compare with, before or after.
        boolean alone = store.isEmpty();
        changes.replacing(alone);
        long triples;
        if (alone) {
            triples = store.replaceGraph(graphIri, parts);
            changes.add(describer.whole(store, graphIri, triples), DatasetDescriber.Counts.NONE);
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
                DatasetDescriber.Counts before = describer.contribution(store, graphIri);
                triples = store.replaceGraph(graphIri, Iter.concat(List.of(fresh).iterator(), parts));
                changes.add(describer.contribution(store, graphIri), before);
            }
        }
        changes.examples(describer.examples(store, graphIri));
        return triples;
    }

    /**
     * A sink that writes nothing, for runs that only check ({@code validate --store}): their whole-run checks still
     * look up what {@code store} holds.
     */
    public static GraphSink readOnly(PublodStore store) {
        return new GraphSink() {
            @Override
            public long replaceGraph(String graphIri, Iterator<Graph> parts) {
                return DISCARD.replaceGraph(graphIri, parts);
            }

            @Override
            public StoredEntries storedBesides(String graphIri) {
                return store.isEmpty() ? StoredEntries.NONE : new StoreEntries(store, graphIri);
            }
        };
    }

    /** The other reports' graphs, looked up key by key; none while the store is empty. */
    @Override
    public StoredEntries storedBesides(String graphIri) {
        return store.isEmpty() ? StoredEntries.NONE : new StoreEntries(store, graphIri);
    }

    /** Stores the dataset description with every change made through this sink; returns it. */
    public Model finish() {
        return describer.update(store, changes);
    }

    private long replaceByDifference(String graphIri, Graph stored, Graph fresh) {
        Graph added = difference(fresh, stored);
        Graph removed = difference(stored, fresh);
        DatasetDescriber.Counts gained = describer.notElsewhere(store, graphIri, added);
        DatasetDescriber.Counts lost = describer.notElsewhere(store, graphIri, removed);
        store.changeGraph(graphIri, added, removed);
        changes.add(gained, lost);
        LOG.debug("<{}>: {} triples added, {} removed, {} kept", graphIri, added.size(), removed.size(),
                fresh.size() - added.size());
        return fresh.size();
    }

    /** The graph as stored, unless it holds more than {@code diffLimit} triples. */
    private Optional<Graph> storedUpToLimit(String graphIri) {
        try (RDFConnection connection = store.connect()) {
            Graph stored = connection.queryConstruct(SparqlQueries.parse("CONSTRUCT { ?s ?p ?o } { GRAPH <"
                    + graphIri + "> { ?s ?p ?o } } LIMIT " + (diffLimit + 1))).getGraph();
            return stored.size() > diffLimit ? Optional.empty() : Optional.of(stored);
        }
    }

    private static Graph difference(Graph graph, Graph without) {
        Graph difference = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(without::contains).forEach(difference::add);
        return difference;
    }

    /** Blank nodes read back from a store are not those written: graphs with any are replaced whole. */
    private static boolean hasBlankNodes(Graph graph) {
        return graph.find().filterKeep(triple -> triple.getSubject().isBlank() || triple.getObject().isBlank())
                .hasNext();
    }
}
