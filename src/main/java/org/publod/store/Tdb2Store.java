package org.publod.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * The embedded default store: a TDB2 database in a directory, one named graph per report, with its text index
 * ({@link TextSearchIndex}) in the folder {@value TextSearchIndex#FOLDER} inside it. Every graph written is
 * re-indexed when its write transaction ends; a store that has no index yet gets it built when it is opened.
 */
public final class Tdb2Store implements PublodStore {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);

    private final Path directory;
    private final Dataset dataset;
    private final TextSearchIndex textIndex;
    /** Graphs written in the current write transaction, to index when it ends. */
    private final Set<Node> written = new LinkedHashSet<>();

    private Tdb2Store(Path directory, Dataset dataset, TextSearchIndex textIndex) {
        this.directory = directory;
        this.dataset = dataset;
        this.textIndex = textIndex;
    }

    /** Opens the store in {@code directory}, creating it if needed; builds its text index if it has none. */
    public static Tdb2Store open(Path directory) {
        return open(directory, true);
    }

    /**
     * Opens the store in {@code directory}, creating it if needed.
     *
     * @param buildMissingIndex whether to build the text index of a store that has data but no index
     */
    public static Tdb2Store open(Path directory, boolean buildMissingIndex) {
        try {
            Files.createDirectories(directory);
            Dataset dataset = TDB2Factory.connectDataset(directory.toString());
            // Queries, here and through Fuseki, see all reports at once.
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            TextSearchIndex textIndex = TextSearchIndex.open(directory.resolve(TextSearchIndex.FOLDER));
            // jena-text's text:query finds the index in the dataset's context, here and through Fuseki.
            dataset.getContext().set(TextQuery.textIndex, textIndex.textIndex());
            Tdb2Store store = new Tdb2Store(directory, dataset, textIndex);
            if (buildMissingIndex && textIndex.isEmpty() && !store.isEmpty()) {
                LOG.info("{}: building the text index, once", directory);
                store.rebuildTextIndex(count -> LOG.info("text index: {} titles and names", count));
            }
            return store;
        } catch (DBOpEnvException e) {
            throw new PublodException(ErrorCode.STORE, "the store " + directory + " is held by another process, "
                    + "such as a running `publod serve` (" + e.getMessage() + "); publish into it with `publod publish "
                    + "--server http://HOST:PORT/ REPORT...`, query it with `publod query --server http://HOST:PORT/ "
                    + "QUERY`, or stop that process", e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new PublodException(ErrorCode.STORE, directory + ": cannot open the store (" + e.getMessage()
                    + ")", e);
        }
    }

    /** Replaces the graph in one write transaction, so readers see the old report or the new one, never half. */
    @Override
    public long replaceGraph(String graphIri, Iterator<Graph> parts) {
        Node graphName = NodeFactory.createURI(graphIri);
        DatasetGraph dsg = dataset.asDatasetGraph();
        long triples = Txn.calculateWrite(dsg, () -> {
            dsg.removeGraph(graphName);
            parts.forEachRemaining(part -> part.find().forEach(triple -> dsg.add(graphName, triple.getSubject(),
                    triple.getPredicate(), triple.getObject())));
            return (long) dsg.getGraph(graphName).size();
        });
        written(graphName);
        return triples;
    }

    /**
     * Loads through TDB2's phased bulk loader, which builds the indexes in bulk and is several times faster than
     * adding triples in a transaction; in an empty store there is nothing for a reader to see half of.
     */
    @Override
    public long bulkLoad(String graphIri, Iterator<Graph> parts) {
        Node graphName = NodeFactory.createURI(graphIri);
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!isEmpty()) {
            throw new IllegalStateException("a bulk load needs an empty store; " + directory + " is not");
        }
        bulkLoad(dsg, graphName, parts);
        written(graphName);
        return Txn.calculateRead(dsg, () -> (long) dsg.getGraph(graphName).size());
    }

    @Override
    public void inWriteTransaction(Runnable work) {
        Txn.executeWrite(dataset, work);
        written(null);
    }

    /**
     * Notes a graph as written and, once no write transaction is open any more, indexes the graphs written in it
     * again, so that the text index follows what was committed (and what an aborted transaction left as it was).
     */
    private void written(Node graph) {
        if (graph != null) {
            written.add(graph);
        }
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (written.isEmpty() || dsg.isInTransaction()) {
            return;
        }
        List<Node> graphs = List.copyOf(written);
        written.clear();
        Txn.executeRead(dsg, () -> textIndex.reindex(dsg, graphs));
    }

    /** Opens the text index's segments for its writer (see {@link TextSearchIndex#prepareWriter}). */
    @Override
    public void prepareForWrites() {
        textIndex.prepareWriter();
    }

    /**
     * Empties the text index and indexes every graph again, streaming: for a store published before the index
     * existed, or after a process stopped between the store's commit and the index's.
     *
     * @param progress hears the number of titles and names indexed so far, every 100,000
     * @return the number of titles and names indexed
     */
    public long rebuildTextIndex(LongConsumer progress) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> textIndex.rebuild(dsg, progress));
    }

    @Override
    public void changeGraph(String graphIri, Graph added, Graph removed) {
        Node graphName = NodeFactory.createURI(graphIri);
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            removed.find().forEach(triple -> dsg.delete(graphName, triple.getSubject(), triple.getPredicate(),
                    triple.getObject()));
            added.find().forEach(triple -> dsg.add(graphName, triple.getSubject(), triple.getPredicate(),
                    triple.getObject()));
        });
        written(graphName);
    }

    @Override
    public boolean isEmpty() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, dsg::isEmpty);
    }

    private static void logProgress(String format, Object... args) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(format, args).strip());
        }
    }

    private static void bulkLoad(DatasetGraph dsg, Node graphName, Iterator<Graph> parts) {
        DataLoader loader = LoaderFactory.phasedLoader(dsg, graphName, Tdb2Store::logProgress);
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            parts.forEachRemaining(part -> part.find().forEach(stream::triple));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(dataset);
    }

    /** The dataset itself, for serving it in this process. */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public String describe() {
        return "TDB2 store " + directory;
    }

    @Override
    public void close() {
        dataset.close();
        textIndex.close();
    }
}
