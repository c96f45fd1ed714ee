package org.publod.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.link.LinkOutcome;
import org.publod.link.Linker;
import org.publod.map.IriMinter;
import org.publod.map.LinksetMapper;
import org.publod.model.PublishedWork;
import org.publod.store.GraphPublisher;
import org.publod.store.PublodStore;
import org.publod.store.SparqlQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires linking: reads the publications the store holds (only what was published; see {@link PublishedWorks}),
 * hands them to the linker, maps its links and persons into the linkset graph, and applies the persons to every
 * report graph ({@link StoredIdentities}): each authorship is then held by the person evidence says. With no
 * linking run, {@code publish} output stays exactly as it was.
 */
public final class LinkingPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(LinkingPipeline.class);
    private static final String REPORT_GRAPHS = """
            SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?role publod:nameAsListed ?name } } ORDER BY ?graph""";

    private static final String BASES = """
            SELECT DISTINCT ?space { GRAPH ?graph { ?dataset a void:Dataset ; void:uriSpace ?space } }
            ORDER BY ?space""";

    private final DatasetDescriptionFormat description;
    private final IriMinter iris;

    /** A pipeline for a store published under {@code description}'s base. */
    public LinkingPipeline(DatasetDescriptionFormat description) {
        this.description = Objects.requireNonNull(description, "description");
        this.iris = description.iris();
    }

    /**
     * What one linking run did.
     *
     * @param outcome the links, persons, review candidates and notes
     * @param works the publications linked
     * @param graphIri the linkset graph
     * @param triples the triples in it
     * @param authorshipsMoved the authorships whose holder changed in the report graphs
     */
    public record LinkRun(LinkOutcome outcome, List<PublishedWork> works, String graphIri, long triples,
                          int authorshipsMoved) {
    }

    /** Links what {@code store} holds, replaces its linkset graph and applies the persons to its report graphs. */
    public LinkRun run(PublodStore store, Linker linker) {
        List<PublishedWork> works = PublishedWorks.read(store);
        LinkOutcome outcome = linker.link(works);
        GraphPublisher publisher = new GraphPublisher(store, description);
        long triples = publisher.replaceGraph(iris.linksetGraph(), List.of(linksetGraph(outcome)).iterator());
        StoredIdentities identities = StoredIdentities.read(store, iris);
        int moved = 0;
        for (String graph : reportGraphs(store)) {
            moved += identities.applyTo(graph, publisher);
        }
        LOG.info("linking: {} authorships changed holder", moved);
        return new LinkRun(outcome, works, iris.linksetGraph(), triples, moved);
    }

    /** Links what {@code store} holds and writes the linkset graph to {@code output} only; the store is left alone. */
    public LinkRun run(PublodStore store, Linker linker, GraphSink output) {
        List<PublishedWork> works = PublishedWorks.read(store);
        LinkOutcome outcome = linker.link(works);
        long triples = output.replaceGraph(iris.linksetGraph(), List.of(linksetGraph(outcome)).iterator());
        return new LinkRun(outcome, works, iris.linksetGraph(), triples, 0);
    }

    private Graph linksetGraph(LinkOutcome outcome) {
        return new LinksetMapper(iris).map(outcome.linkset()).getGraph();
    }

    /** The bases the store's VoID descriptions give as their URI space: where its reports were published. */
    public static List<String> publishedBases(PublodStore store) {
        List<String> bases = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(SparqlQueries.parse(BASES), row -> bases.add(row.get("space").isLiteral()
                    ? row.getLiteral("space").getLexicalForm() : row.getResource("space").getURI()));
        }
        return bases;
    }

    private static List<String> reportGraphs(PublodStore store) {
        List<String> graphs = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(SparqlQueries.parse(REPORT_GRAPHS),
                    row -> graphs.add(row.getResource("graph").getURI()));
        }
        return graphs;
    }
}
