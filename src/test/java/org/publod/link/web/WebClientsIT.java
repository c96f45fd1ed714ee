package org.publod.link.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.link.DblpRecord;
import org.publod.cli.PublodCommand;
import org.publod.link.OrcidSearch;
import org.publod.vocab.SCHEMA;

/** The dblp and ORCID clients against a local server replaying responses in the APIs' real formats. */
class WebClientsIT {
    private static final Path API = Path.of("src/test/resources/link/api");

    @TempDir
    Path cache;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/search/publ/api", this::dblp);
        server.createContext("/v3.0/expanded-search/", this::orcid);
        server.setExecutor(Executors.newFixedThreadPool(4)); // a slow answer must not hold up the retry
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void dblp(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String query = exchange.getRequestURI().getQuery();
        if (query.contains("busy") && rateLimited.getAndIncrement() == 0) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            send(exchange, 429, "");
        } else if (query.contains("slow")) {
            if (slow.getAndIncrement() == 0) {
                sleep(2500); // longer than the client's timeout
            }
            send(exchange, 200, Files.readString(API.resolve("dblp-publ-empty.json")));
        } else if (query.contains("nothing")) {
            send(exchange, 200, Files.readString(API.resolve("dblp-publ-empty.json")));
        } else if (query.contains("Translucency")) {
            send(exchange, 200, Files.readString(API.resolve("dblp-publ-single-author.json")));
        } else {
            send(exchange, 200, Files.readString(API.resolve("dblp-publ-basov.json")));
        }
    }

    private void orcid(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        boolean known = exchange.getRequestURI().getQuery().contains("Blackburn");
        send(exchange, 200, Files.readString(API.resolve(known ? "orcid-expanded-blackburn.json"
                : "orcid-expanded-empty.json")));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PoliteHttpClient client(boolean offline) {
        return new PoliteHttpClient(cache, Duration.ofMillis(50), Duration.ofSeconds(1), offline);
    }

    private DblpSearchClient dblpClient(boolean offline) {
        return new DblpSearchClient(client(offline), base() + "/search/publ/api");
    }

    @Test
    void readsDblpHitsWithPidsAndStringNumbers() {
        List<DblpRecord> records = dblpClient(false).search("basov oleg");
        assertEquals(2, records.size());
        DblpRecord first = records.get(0);
        assertEquals("conf/specom/BasovBN14", first.key());
        assertEquals(2014, first.year());
        assertEquals("10.1007/978-3-319-11581-8_32", first.doi().orElseThrow());
        assertEquals("152/3896", first.authors().get(0).pid().orElseThrow());
        assertEquals("10.4149/cai_2017_4_908", records.get(1).doi().orElseThrow(), "DOIs are lower-cased");
    }

    @Test
    void readsSingleAuthorGivenAsAnObject() {
        DblpRecord record = dblpClient(false).search("Transparency and Translucency").get(0);
        assertEquals(1, record.authors().size());
        assertEquals("Manish Singh", record.authors().get(0).displayName());
        assertEquals("78/459-1", record.authors().get(0).pid().orElseThrow());
    }

    @Test
    void readsEmptyResultWithoutHit() {
        assertEquals(List.of(), dblpClient(false).search("nothing at all"));
    }

    @Test
    void waitsAsRetryAfterSaysOn429() {
        long start = System.nanoTime();
        List<DblpRecord> records = dblpClient(false).search("busy basov");
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, records.size());
        assertEquals(2, requests.get(), "one 429, then the answer");
        assertTrue(waited >= 1000, "waited only " + waited + " ms");
    }

    @Test
    void retriesAfterATimeout() {
        assertEquals(List.of(), dblpClient(false).search("slow query"));
        assertEquals(2, requests.get(), "the timed-out request, then the retry");
    }

    @Test
    void asksNothingTwiceAndAnswersOfflineFromTheCache() {
        List<DblpRecord> online = dblpClient(false).search("basov oleg");
        List<DblpRecord> again = dblpClient(false).search("basov oleg");
        server.stop(0);
        List<DblpRecord> offline = dblpClient(true).search("basov oleg");
        assertEquals(1, requests.get());
        assertEquals(online, again);
        assertEquals(online, offline);
        assertEquals(List.of(), dblpClient(true).search("never asked"), "offline misses are empty, not errors");
    }

    @Test
    void secondRunFromTheCacheWithoutNetworkGivesIdenticalLinks(@TempDir Path work) throws IOException {
        Path report = Files.writeString(work.resolve("basov.txt"), "Prace konferencyjne\n"
                + "1.Basov O., Basova A., Nosov M., Human Resources Management in Conditions of Operators' "
                + "Psychophysiological State Changes, SPECOM, International Conference on Speech and Computer, "
                + "2014-10-05/10-09, Nowy Sad (RS), pp.259-267, 2014\n\nAfiliacje autorów:\n\n"
                + "Basov O.-IPPT PAN\nBasova A.-other affiliation\nNosov M.-other affiliation\n",
                StandardCharsets.UTF_8);
        Graph online = linkWithApi(work, report, "online", false);
        assertTrue(online.contains(Node.ANY, SCHEMA.sameAs.asNode(),
                NodeFactory.createURI("https://dblp.org/rec/conf/specom/BasovBN14")), "linked through the API");
        assertTrue(online.contains(Node.ANY, SCHEMA.sameAs.asNode(),
                NodeFactory.createURI("https://dblp.org/pid/152/3896")), "Basov O. linked through the API");
        int asked = requests.get();
        server.stop(0);
        Graph offline = linkWithApi(work, report, "offline", true);
        assertEquals(asked, requests.get());
        assertTrue(online.isIsomorphicWith(offline));
    }

    /** Publishes the report into a store of its own, once, and links the store through the APIs. */
    private Graph linkWithApi(Path work, Path report, String name, boolean offline) {
        Path output = work.resolve(name + ".trig");
        Path store = work.resolve("store");
        StringWriter out = new StringWriter();
        if (!Files.exists(store)) {
            assertEquals(0, PublodCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(out, true))
                    .execute("publish", "--store", store.toString(), "--base", "https://example.org/publod/",
                            report.toString()), out.toString());
        }
        List<String> args = new java.util.ArrayList<>(List.of("link", "--store", store.toString(),
                "--dblp-api", "--orcid-api", "--dblp-api-url", base() + "/search/publ/api", "--orcid-api-url",
                base() + "/v3.0/expanded-search/", "--api-delay", "10", "--cache", cache.toString(), "--output",
                output.toString(), "--review", work.resolve(name + ".csv").toString()));
        if (offline) {
            args.add("--offline");
        }
        int code = PublodCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(out, true))
                .execute(args.toArray(String[]::new));
        assertEquals(0, code, out.toString());
        return RDFDataMgr.loadDataset(output.toString()).asDatasetGraph()
                .getGraph(NodeFactory.createURI("https://example.org/publod/graph/linkset"));
    }

    @Test
    void readsOrcidExpandedSearchAndVerifiesEveryId() {
        OrcidSearchClient orcid = new OrcidSearchClient(client(false), base() + "/v3.0/expanded-search/");
        List<OrcidSearch.Hit> hits = orcid.search("Blackburn", "Elizabeth");
        assertEquals(4, hits.size());
        assertEquals("0000-0001-7198-421X", hits.get(3).orcid().value());
        assertEquals("Elizabeth", hits.get(3).givenNames());
        assertEquals(List.of(), orcid.search("Nobody", "Known"), "expanded-result null means no hits");
    }
}
