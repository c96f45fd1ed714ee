package org.publod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.publod.TestReports;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.ReportRun;
import org.publod.vocab.SCHEMA;

/** Publishing into another SPARQL 1.1 store: a real Fuseki with updates enabled, over real HTTP. */
class RemoteSparqlStoreIT {

    @Test
    void replacesTheReportGraphInARemoteStore() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true).build().start();
        try (RemoteSparqlStore store = RemoteSparqlStore.at("http://localhost:" + fuseki.getHttpPort() + "/ds")) {
            ReportRun first = TestReports.pipeline().run(TestReports.example(), store::replaceGraph,
                    RunListener.NONE);
            ReportRun second = TestReports.pipeline().run(TestReports.example(), store::replaceGraph,
                    RunListener.NONE);

            assertEquals(3, second.published());
            assertEquals(first.triples(), second.triples());
            List<QuerySolution> rows = new ArrayList<>();
            try (RDFConnection connection = store.connect()) {
                connection.querySelect(SparqlQueries.parse("SELECT (COUNT(DISTINCT ?p) AS ?n) (COUNT(*) AS ?all) "
                        + "{ GRAPH ?g { ?p a fabio:Expression } }"), rows::add);
            }
            assertEquals(3, rows.get(0).getLiteral("n").getInt());
            assertEquals(3, rows.get(0).getLiteral("all").getInt());
            assertEquals(first.triples(), remote.getGraph(org.apache.jena.graph.NodeFactory.createURI(
                    first.graphIri())).size());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void changesOnlyWhatDiffersInARemoteStore() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true).build().start();
        try (RemoteSparqlStore store = RemoteSparqlStore.at("http://localhost:" + fuseki.getHttpPort() + "/ds")) {
            Graph before = TestReports.map(TestReports.example()).graph();
            String graphIri = TestReports.BASE + "graph/changed.txt";
            store.replaceGraph(graphIri, List.of(before).iterator());
            Graph after = GraphFactory.createDefaultGraph();
            before.find().filterDrop(triple -> triple.getPredicate().equals(SCHEMA.name.asNode())).forEach(after::add);
            after.add(NodeFactory.createURI(TestReports.BASE + "added"), SCHEMA.name.asNode(),
                    NodeFactory.createLiteralString("added"));
            Graph added = GraphFactory.createDefaultGraph();
            Graph removed = GraphFactory.createDefaultGraph();
            after.find().filterDrop(before::contains).forEach(added::add);
            before.find().filterDrop(after::contains).forEach(removed::add);

            store.changeGraph(graphIri, added, removed);

            assertTrue(removed.size() > 10, "names removed: " + removed.size());
            assertTrue(remote.getGraph(NodeFactory.createURI(graphIri)).isIsomorphicWith(after));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void writesAGraphInBatchesOfTheSizeSet() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        AtomicInteger updates = new AtomicInteger();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true)
                .addFilter("/ds/update", counting(updates, 0)).build().start();
        try (RemoteSparqlStore store = RemoteSparqlStore.with(RemoteStoreSettings.of(StoreProfile.FUSEKI,
                "http://localhost:" + fuseki.getHttpPort() + "/ds", Optional.empty()).withBatches(1_000, 0))) {
            String graphIri = TestReports.BASE + "graph/batched.txt";
            long triples = store.replaceGraph(graphIri, List.of(numbered(2_500)).iterator());

            assertEquals(2_500, triples);
            assertEquals(2_500, remote.getGraph(NodeFactory.createURI(graphIri)).size());
            assertEquals(1 + 3, updates.get(), "one DROP, then three INSERT DATA of at most 1,000 triples");
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void sendsAnUpdateAgainAfterTheStoreWasUnavailable() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        AtomicInteger updates = new AtomicInteger();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true)
                .addFilter("/ds/update", counting(updates, 1)).build().start();
        try (RemoteSparqlStore store = RemoteSparqlStore.at("http://localhost:" + fuseki.getHttpPort() + "/ds")) {
            String graphIri = TestReports.BASE + "graph/retried.txt";
            store.changeGraph(graphIri, numbered(10), GraphFactory.createDefaultGraph());

            assertEquals(2, updates.get(), "a 503, then the update again");
            assertEquals(10, remote.getGraph(NodeFactory.createURI(graphIri)).size());
        } finally {
            fuseki.stop();
        }
    }

    /** Counts the requests it sees, and answers the first {@code unavailable} of them 503 Service Unavailable. */
    private static Filter counting(AtomicInteger requests, int unavailable) {
        return (request, response, chain) -> {
            if (!"POST".equals(((HttpServletRequest) request).getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            if (requests.incrementAndGet() <= unavailable) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            chain.doFilter(request, response);
        };
    }

    private static Graph numbered(int count) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < count; i++) {
            graph.add(Triple.create(NodeFactory.createURI(TestReports.BASE + "thing/" + i), SCHEMA.name.asNode(),
                    NodeFactory.createLiteralString("thing " + i)));
        }
        return graph;
    }
}
