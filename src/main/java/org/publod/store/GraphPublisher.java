package org.publod.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.model.DatasetStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces report graphs in a store, and keeps the dataset description's counts in step with them. The one place
 * that decides how a graph is written:
 *
 * <ul>
 *   <li>into an empty store, whole, streamed as it is produced, through the store's bulk loader;</li>
 *   <li>into a populated store, a graph of up to {@code diffLimit} triples (by default {@value #DIFF_LIMIT}) that
 *       replaces one of as many is compared with it and only the difference is written: re-publishing a report
 *       that changed little writes little;</li>
 *   <li>a larger graph replaces its predecessor whole, streamed.</li>
 * </ul>
 *
 * <p>In a populated store the graph and the description change in one write transaction (the store's, see
 * {@link PublodStore#inWriteTransaction}): a reader, or a process that stops half-way, sees the old graph with
 * the old counts or the new graph with the new counts. A bulk load cannot share its transaction, so into an empty
 * store the description follows in a second one; a store that stopped between the two holds a report graph and no
 * description, and the next publication recounts it instead of updating it ({@link #describeChange}).
 */
public final class GraphPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(GraphPublisher.class);
    /** The most triples a graph may have for a replacement to be compared with it (about 1,500 entries). */
    private static final int DIFF_LIMIT = 250_000;

    private final PublodStore store;
    private final DescriptionFormat format;
    private final DatasetCounter counter;
    private final int diffLimit;
    private final Runnable afterGraphWritten;

    public GraphPublisher(PublodStore store, DescriptionFormat format) {
        this(store, format, DIFF_LIMIT, () -> { });
    }

    /**
     * A publisher that compares graphs of up to {@code diffLimit} triples with their predecessors, and runs
     * {@code afterGraphWritten} once a graph is written and before its description is.
     */
    GraphPublisher(PublodStore store, DescriptionFormat format, int diffLimit, Runnable afterGraphWritten) {
        this.store = store;
        this.format = format;
        this.counter = new DatasetCounter(store, format.graph());
        this.diffLimit = diffLimit;
        this.afterGraphWritten = afterGraphWritten;
    }

    /**
     * Replaces the named graph with {@code parts}, read as they are produced, and updates the description.
     *
     * @return the triples in the graph once written
     */
    public long replaceGraph(String graphIri, Iterator<Graph> parts) {
        if (store.isEmpty()) {
            long triples = store.bulkLoad(graphIri, parts);
            afterGraphWritten.run();
            DatasetCounter.Counts gained = counter.whole(graphIri, triples);
            store.inWriteTransaction(() -> describeChange(graphIri, gained, DatasetCounter.Counts.NONE, true));
            return triples;
        }
        Graph fresh = GraphFactory.createDefaultGraph();
        while (parts.hasNext() && fresh.size() <= diffLimit) {
            parts.next().find().forEach(fresh::add);
        }
        boolean small = !parts.hasNext() && fresh.size() <= diffLimit;
        long[] triples = new long[1];
        store.inWriteTransaction(() -> {
            Optional<Graph> stored = small ? storedUpToLimit(graphIri) : Optional.empty();
            if (stored.isPresent() && !hasBlankNodes(fresh) && !hasBlankNodes(stored.get())) {
                triples[0] = replaceByDifference(graphIri, stored.get(), fresh);
            } else {
                DatasetCounter.Counts before = counter.contribution(graphIri);
                triples[0] = store.replaceGraph(graphIri, Iter.concat(List.of(fresh).iterator(), parts));
                afterGraphWritten.run();
                describeChange(graphIri, counter.contribution(graphIri), before, false);
            }
        });
        return triples[0];
    }

    /**
     * Changes the named graph by what {@code added} and {@code removed} say, and the description with it, in one
     * write transaction: for a change worked out from the stored graph, such as applying linked identities.
     */
    public void changeGraph(String graphIri, Graph added, Graph removed) {
        store.inWriteTransaction(() -> {
            DatasetCounter.Counts gained = counter.notElsewhere(graphIri, added);
            DatasetCounter.Counts lost = counter.notElsewhere(graphIri, removed);
            store.changeGraph(graphIri, added, removed);
            describeChange(graphIri, gained, lost, false);
        });
    }

    /**
     * Removes a named graph, if the store holds it, and takes what only it held out of the description's counts.
     */
    public void retireGraph(String graphIri) {
        ParameterizedSparqlString holds = new ParameterizedSparqlString("ASK { GRAPH ?graph { ?s ?p ?o } }");
        holds.setIri("graph", graphIri);
        boolean held;
        try (RDFConnection connection = store.connect()) {
            held = connection.queryAsk(holds.asQuery());
        }
        if (held) {
            replaceGraph(graphIri, List.<Graph>of().iterator());
        }
    }

    /** Counts the whole store again and stores its description; returns it. */
    public Model recount() {
        Model[] description = new Model[1];
        store.inWriteTransaction(() -> description[0] = recountInTransaction());
        return description[0];
    }

    private long replaceByDifference(String graphIri, Graph stored, Graph fresh) {
        Graph added = difference(fresh, stored);
        Graph removed = difference(stored, fresh);
        DatasetCounter.Counts gained = counter.notElsewhere(graphIri, added);
        DatasetCounter.Counts lost = counter.notElsewhere(graphIri, removed);
        store.changeGraph(graphIri, added, removed);
        afterGraphWritten.run();
        describeChange(graphIri, gained, lost, false);
        LOG.debug("<{}>: {} triples added, {} removed, {} kept", graphIri, added.size(), removed.size(),
                fresh.size() - added.size());
        return fresh.size();
    }

    /**
     * Stores the description updated by what replacing {@code graphIri} gained and lost. A store without a
     * description that held other graphs (filled before descriptions were kept, or stopped between a bulk load and
     * its description) is recounted instead.
     */
    private void describeChange(String graphIri, DatasetCounter.Counts gained, DatasetCounter.Counts lost,
                                boolean startedEmpty) {
        Optional<DatasetStatistics> stored = storedStatistics();
        if (stored.isEmpty() && !startedEmpty) {
            recountInTransaction();
            return;
        }
        DatasetStatistics previous = stored.orElse(new DatasetStatistics(0, Map.of(), Optional.empty(),
                List.of()));
        DatasetCounter.Counts now = new DatasetCounter.Counts(previous.triples(), previous.entitiesPerClass())
                .plus(gained, 1).minus(lost);
        List<String> examples = counter.examples(Optional.of(graphIri));
        write(new DatasetStatistics(now.triples(), now.entitiesPerClass(), counter.lastModified(),
                examples.isEmpty() ? previous.examples() : examples));
    }

    private Model recountInTransaction() {
        // The old description must not count itself: drop it, count the union of the reports, write anew.
        store.replaceGraph(format.graph(), List.<Graph>of().iterator());
        DatasetCounter.Counts union = counter.union();
        return write(new DatasetStatistics(union.triples(), union.entitiesPerClass(), counter.lastModified(),
                counter.examples(Optional.empty())));
    }

    private Optional<DatasetStatistics> storedStatistics() {
        ParameterizedSparqlString query = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } "
                + "{ GRAPH ?description { ?s ?p ?o } }");
        query.setIri("description", format.graph());
        try (RDFConnection connection = store.connect()) {
            return format.read(connection.queryConstruct(query.asQuery()));
        }
    }

    private Model write(DatasetStatistics statistics) {
        Model description = format.write(statistics);
        store.replaceGraph(format.graph(), List.of(description.getGraph()).iterator());
        return description;
    }

    /** The graph as stored, unless it holds more than {@code diffLimit} triples. */
    private Optional<Graph> storedUpToLimit(String graphIri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } "
                + "{ GRAPH ?graph { ?s ?p ?o } } LIMIT " + (diffLimit + 1));
        query.setIri("graph", graphIri);
        try (RDFConnection connection = store.connect()) {
            Graph stored = connection.queryConstruct(query.asQuery()).getGraph();
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
