package org.publod.pipeline;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.publod.map.IriMinter;
import org.publod.store.GraphPublisher;
import org.publod.store.PublodStore;
import org.publod.validate.StoredEntries;

/**
 * A store as the pipeline writes to it: each report's graph through a {@link GraphPublisher}, which decides how it
 * is written and keeps the dataset description; and, for the checks across reports, what the store holds in the
 * other reports' graphs.
 */
public final class StoreSink implements GraphSink {
    private final PublodStore store;
    private final Optional<GraphPublisher> publisher;
    private final Optional<IriMinter> iris;
    private StoredIdentities identities;

    private StoreSink(PublodStore store, Optional<GraphPublisher> publisher, Optional<IriMinter> iris) {
        this.store = store;
        this.publisher = publisher;
        this.iris = iris;
    }

    /**
     * A sink that publishes into {@code store}, keeping its description in {@code description}'s format; a report
     * graph it writes gets the identities an earlier {@code link} found ({@link StoredIdentities}).
     */
    public static StoreSink publishing(PublodStore store, DatasetDescriptionFormat description) {
        return new StoreSink(store, Optional.of(new GraphPublisher(store, description)),
                Optional.of(description.iris()));
    }

    /**
     * A sink that writes nothing, for runs that only check ({@code validate --store}): their checks across reports
     * still look up what {@code store} holds.
     */
    public static StoreSink readOnly(PublodStore store) {
        return new StoreSink(store, Optional.empty(), Optional.empty());
    }

    @Override
    public long replaceGraph(String graphIri, Iterator<Graph> parts) {
        if (publisher.isEmpty()) {
            return DISCARD.replaceGraph(graphIri, parts);
        }
        long triples = publisher.get().replaceGraph(graphIri, parts);
        if (!graphIri.equals(iris.orElseThrow().linksetGraph())) {
            if (identities == null) {
                identities = StoredIdentities.read(store, iris.orElseThrow());
            }
            if (!identities.isEmpty()) {
                identities.applyTo(graphIri, publisher.get());
            }
        }
        return triples;
    }

    /** Removes the graph, and what only it held from the description's counts. */
    @Override
    public void retireGraph(String graphIri) {
        publisher.ifPresent(writer -> writer.retireGraph(graphIri));
    }

    /** The other reports' graphs, looked up key by key; none while the store is empty. */
    @Override
    public StoredEntries storedBesides(String graphIri) {
        return store.isEmpty() ? StoredEntries.NONE : new StoreEntries(store, graphIri);
    }
}
