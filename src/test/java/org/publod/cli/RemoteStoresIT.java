package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publod.Credentials;
import org.publod.serve.SparqlServer;
import org.publod.store.PublodStore;
import org.publod.store.RemoteSparqlStore;
import org.publod.store.RemoteStoreSettings;
import org.publod.store.SparqlQueries;
import org.publod.store.StoreProfile;
import org.publod.store.Tdb2Store;

/**
 * publod against real stores on other processes, as an institute with a store of its own runs it: a standalone
 * Fuseki whose default graph is not the union of its graphs, behind basic authentication, and Virtuoso 7, whose
 * default graph holds its own system graphs and whose updates need digest authentication. {@code .ci/stores/*.sh}
 * start them and leave their URL and credentials in {@code target/stores/NAME/}; without them these tests are
 * skipped with a message, and {@code -Dpublod.requireStores=true} (CI) fails them instead.
 *
 * <p>Everything goes through the command line, and every result is compared with the embedded store's for the
 * same reports: the graphs, every example query's rows, the linkset, the served pages and the endpoint's answers.
 */
class RemoteStoresIT {
    private static final Path EXAMPLE = Path.of("examples/ippt-example.txt");
    private static final Path LINK_FIXTURES = Path.of("src/test/resources/link");
    private static final List<Path> REPORTS = List.of(EXAMPLE, LINK_FIXTURES.resolve("report-a.txt"),
            LINK_FIXTURES.resolve("report-b.txt"));

    @TempDir
    Path temp;

    /** A store the scripts started: its profile, URL and credentials file. */
    private record Started(StoreProfile profile, String url, Path credentials) {
        static Started of(String name) {
            Path dir = Path.of(System.getProperty("publod.stores", "target/stores")).resolve(name);
            Optional<Started> started = Optional.empty();
            try {
                if (Files.exists(dir.resolve("url"))) {
                    started = Optional.of(new Started(StoreProfile.named(name),
                            Files.readString(dir.resolve("url")).strip(), dir.resolve("credentials")));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            boolean answers = started.map(Started::answers).orElse(false);
            String why = name + " is not running at " + dir + " (start it with .ci/stores/" + name + ".sh start)";
            if (!answers && Boolean.getBoolean("publod.requireStores")) {
                throw new IllegalStateException("publod.requireStores is set but " + why);
            }
            if (!answers) {
                System.out.println("SKIPPED: " + why);
            }
            assumeTrue(answers, why);
            return started.orElseThrow();
        }

        private boolean answers() {
            RemoteStoreSettings once = open().settings().withBatches(1_000, 0);
            try (PublodStore store = RemoteSparqlStore.with(once); RDFConnection connection = store.connect()) {
                connection.queryAsk(SparqlQueries.parse("ASK { }"));
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        RemoteSparqlStore open() {
            return RemoteSparqlStore.with(RemoteStoreSettings.of(profile, url,
                    Optional.of(Credentials.fromFile(credentials))));
        }

        String[] options() {
            return new String[] {"--sparql-store", url, "--store-profile", profile.toString(), "--store-credentials",
                    credentials.toString()};
        }

        /** Drops every graph publod wrote, so that each test starts from an empty store. */
        void clear() {
            try (RemoteSparqlStore store = open()) {
                List<String> graphs = new ArrayList<>();
                try (RDFConnection connection = store.connect()) {
                    connection.querySelect(SparqlQueries.parse("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"),
                            row -> graphs.add(row.getResource("g").getURI()));
                }
                graphs.forEach(graph -> store.replaceGraph(graph, List.<Graph>of().iterator()));
                assertTrue(store.isEmpty(), "publod's graphs are gone");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fuseki", "virtuoso"})
    void publishesRepublishesAndAnswersEveryExampleQueryAsTheEmbeddedStore(String name) throws IOException {
        Started remote = Started.of(name);
        remote.clear();
        Path embedded = temp.resolve("embedded");

        assertEquals(0, publish(List.of("--store", embedded.toString())), "embedded publish");
        assertEquals(0, publish(List.of(remote.options())), "remote publish");
        Map<String, Graph> first = graphs(remote.open());
        assertEquals(graphs(Tdb2Store.open(embedded)).keySet(), first.keySet());
        assertGraphsEqual(graphs(Tdb2Store.open(embedded)), first);

        assertEquals(0, publish(List.of(remote.options())), "remote re-publish");
        assertGraphsEqual(first, graphs(remote.open()));

        try (Stream<Path> queries = Files.list(Path.of("queries"))) {
            List<Path> files = queries.filter(file -> file.toString().endsWith(".rq")).sorted().toList();
            assertEquals(5, files.size(), "the example queries");
            for (Path query : files) {
                List<String> expected = rows(query, "--store", embedded.toString());
                assertTrue(expected.size() > 1, query + " has rows on the embedded store");
                assertEquals(expected, rows(query, remote.options()), query + " on " + name);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fuseki", "virtuoso"})
    void linksIntoTheRemoteStoreAsIntoTheEmbeddedOne(String name) {
        Started remote = Started.of(name);
        remote.clear();
        Path index = temp.resolve("index");
        CapturedCommandLine cli = new CapturedCommandLine();
        assertEquals(0, cli.execute("link", "index", "--dblp", LINK_FIXTURES.resolve("dblp-excerpt.ttl").toString(),
                "--index", index.toString()), cli.err().toString());

        assertEquals(0, publish(List.of("--store", temp.resolve("embedded").toString())));
        assertEquals(0, publish(List.of(remote.options())));
        assertEquals(0, link(index, "embedded-review.csv", "--store", temp.resolve("embedded").toString()));
        assertEquals(0, link(index, "remote-review.csv", remote.options()));

        Map<String, Graph> embedded = graphs(Tdb2Store.open(temp.resolve("embedded")));
        Map<String, Graph> linked = graphs(remote.open());
        assertTrue(linked.keySet().stream().anyMatch(graph -> graph.endsWith("graph/linkset")), linked.keySet()
                .toString());
        assertGraphsEqual(embedded, linked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fuseki", "virtuoso"})
    void servesTheRemoteStoreAsTheEmbeddedOne(String name) throws Exception {
        Started remote = Started.of(name);
        remote.clear();
        Path embedded = temp.resolve("embedded");
        assertEquals(0, publish(List.of("--store", embedded.toString())));
        assertEquals(0, publish(List.of(remote.options())));

        try (Tdb2Store local = Tdb2Store.open(embedded); RemoteSparqlStore store = remote.open();
             SparqlServer embeddedServer = SparqlServer.start(local.dataset(), "127.0.0.1", 0,
                     MappingOptions.DEFAULT_BASE);
             SparqlServer remoteServer = SparqlServer.create().connections(store::connect).host("127.0.0.1")
                     .port(0).publicBase(SparqlServer.publishedBases(store::connect).get(0)).start()) {
            String index = get(remoteServer, "sitemap.xml", "application/xml").body();
            assertEquals(get(embeddedServer, "sitemap.xml", "application/xml").body(), index);
            List<String> documents = new ArrayList<>();
            for (String page : sitemapLocations(index, "sitemap/")) {
                // A sitemap lists its documents in the store's own order, which differs between stores.
                List<String> listed = sitemapLocations(get(remoteServer, page, "application/xml").body(), "doc/");
                assertEquals(new TreeSet<>(sitemapLocations(get(embeddedServer, page, "application/xml").body(),
                        "doc/")), new TreeSet<>(listed), page);
                documents.addAll(listed);
            }
            assertTrue(documents.size() > 20, "documents listed: " + documents.size());
            for (String document : firstOfEachKind(documents, 4)) {
                HttpResponse<String> page = get(remoteServer, document, "text/html");
                assertEquals(200, page.statusCode(), document);
                HttpResponse<String> turtle = get(remoteServer, document, "text/turtle");
                assertEquals(200, turtle.statusCode(), document);
                assertEquals(get(embeddedServer, document, "application/n-triples").body().lines().sorted()
                        .toList(), get(remoteServer, document, "application/n-triples").body().lines().sorted()
                        .toList(), document);
            }
            String resource = documents.stream().filter(path -> path.startsWith("doc/person/")).findFirst()
                    .orElseThrow().substring("doc/".length());
            HttpResponse<String> redirect = get(remoteServer, resource, "text/turtle");
            assertEquals(303, redirect.statusCode());
            assertEquals(MappingOptions.DEFAULT_BASE + "doc/" + resource,
                    redirect.headers().firstValue("Location").orElseThrow());
            assertEquals(200, get(remoteServer, "health", "application/json").statusCode());

            String query = Files.readString(Path.of("queries/authors-in-order.rq"));
            HttpResponse<String> answer = postQuery(remoteServer, query);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(postQuery(embeddedServer, query).body().lines().sorted().toList(),
                    answer.body().lines().sorted().toList());
            assertEquals(400, postQuery(remoteServer, "SELECT * {").statusCode());
            assertEquals(400, postQuery(remoteServer, "DROP ALL").statusCode());
        }
    }

    @Test
    void refusesCredentialsInTheUrlWithoutShowingThem() {
        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.execute("query", "--sparql-store", "http://publod:s3cret-word@127.0.0.1:9/ds", "ASK {}");
        assertEquals(ExitCodes.INPUT, code);
        assertTrue(cli.err().toString().contains("--store-credentials"), cli.err().toString());
        assertFalse(cli.err().toString().contains("s3cret-word"), cli.err().toString());
        assertFalse(cli.out().toString().contains("s3cret-word"), cli.out().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fuseki", "virtuoso"})
    void saysWhenTheStoreRefusesTheCredentials(String name) throws IOException {
        Started remote = Started.of(name);
        Path wrong = temp.resolve("wrong-credentials");
        Files.writeString(wrong, "publod:not-the-password-123\n");
        CapturedCommandLine cli = new CapturedCommandLine();
        // Virtuoso answers queries without credentials; its update endpoint asks for them.
        int code = cli.execute(Stream.concat(Stream.of("publish", "--sparql-store", remote.url(), "--store-profile",
                name, "--store-credentials", wrong.toString()), Stream.of(EXAMPLE.toString())).toArray(String[]::new));
        assertEquals(ExitCodes.STORE, code, cli.err().toString());
        assertTrue(cli.err().toString().contains("refused the credentials"), cli.err().toString());
        assertFalse(cli.err().toString().contains("not-the-password-123"), cli.err().toString());
    }

    /** A store that takes the connection and never answers: the command ends at the timeout with a message. */
    @Test
    void endsAtTheTimeoutWhenTheStoreNeverAnswers() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        Socket socket = silent.accept();
                        held.add(socket);
                        InputStream in = socket.getInputStream();
                        in.read(new byte[8192]); // read the request, answer nothing
                    }
                } catch (IOException e) {
                    // the test closed the socket
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            CapturedCommandLine cli = new CapturedCommandLine();
            long start = System.nanoTime();
            int code = cli.execute("query", "--sparql-store", "http://127.0.0.1:" + silent.getLocalPort() + "/",
                    "--store-profile", "virtuoso", "--store-timeout", "2", "SELECT * { ?s ?p ?o }");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(ExitCodes.STORE, code, cli.err().toString());
            assertTrue(cli.err().toString().contains("no answer within 2 s"), cli.err().toString());
            assertTrue(seconds < 30, "ended after " + seconds + " s");
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private int publish(List<String> storeOptions) {
        List<String> args = new ArrayList<>(List.of("publish"));
        args.addAll(storeOptions);
        REPORTS.forEach(report -> args.add(report.toString()));
        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.execute(args.toArray(String[]::new));
        assertTrue(code == 0, "publish " + storeOptions + ": " + cli.err());
        return code;
    }

    private int link(Path index, String review, String... storeOptions) {
        List<String> args = new ArrayList<>(List.of("link", "--index", index.toString(), "--registry",
                LINK_FIXTURES.resolve("orcid-registry.csv").toString(), "--review", temp.resolve(review).toString()));
        args.addAll(List.of(storeOptions));
        CapturedCommandLine cli = new CapturedCommandLine();
        int code = cli.execute(args.toArray(String[]::new));
        assertEquals(0, code, cli.err().toString());
        return code;
    }

    /** The rows of a query file as CSV lines, header first, the rest sorted: the order of ties is the store's. */
    private static List<String> rows(Path query, String... storeOptions) {
        List<String> args = new ArrayList<>(List.of("query", "--format", "csv"));
        args.addAll(List.of(storeOptions));
        args.add("@" + query);
        CapturedCommandLine cli = new CapturedCommandLine();
        assertEquals(0, cli.execute(args.toArray(String[]::new)), cli.err().toString());
        List<String> lines = cli.out().toString().lines().toList();
        List<String> sorted = new ArrayList<>(List.of(lines.get(0)));
        sorted.addAll(lines.subList(1, lines.size()).stream().sorted().toList());
        return sorted;
    }

    /**
     * Each of publod's graphs in the store, without the times that change at every publication, and with
     * decimals by value: Virtuoso keeps the value of a decimal, not its writing ({@code 1.0} comes back as {@code 1}).
     */
    private static Map<String, Graph> graphs(PublodStore store) {
        Map<String, Graph> graphs = new TreeMap<>();
        try (store; RDFConnection connection = store.connect()) {
            List<QuerySolution> rows = new ArrayList<>();
            connection.querySelect(SparqlQueries.parse("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"), rows::add);
            for (QuerySolution row : rows) {
                String graph = row.getResource("g").getURI();
                Model model = connection.queryConstruct(SparqlQueries.parse("CONSTRUCT { ?s ?p ?o } { GRAPH <"
                        + graph + "> { ?s ?p ?o } }"));
                Graph timeless = GraphFactory.createDefaultGraph();
                model.getGraph().find().filterDrop(triple -> triple.getObject().isLiteral()
                        && triple.getObject().getLiteralDatatype() == XSDDatatype.XSDdateTime)
                        .forEach(triple -> timeless.add(Triple.create(triple.getSubject(), triple.getPredicate(),
                                byValue(triple.getObject()))));
                graphs.put(graph, timeless);
            }
        }
        return graphs;
    }

    /** A decimal written as its value is ({@code 1.0} and {@code 1} alike); any other term as it is. */
    private static Node byValue(Node node) {
        if (node.isLiteral() && node.getLiteralDatatype() == XSDDatatype.XSDdecimal) {
            return NodeFactory.createLiteralDT(new BigDecimal(node.getLiteralLexicalForm()).stripTrailingZeros()
                    .toPlainString(), XSDDatatype.XSDdecimal);
        }
        return node;
    }

    private static void assertGraphsEqual(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((graph, triples) -> {
            assertEquals(triples.size(), actual.get(graph).size(), "triples in " + graph);
            assertTrue(triples.isIsomorphicWith(actual.get(graph)), "the same triples in " + graph);
        });
    }

    /** The paths of a sitemap's (or sitemap index's) locations under the base that start with {@code under}. */
    private static List<String> sitemapLocations(String sitemap, String under) {
        List<String> paths = new ArrayList<>();
        String prefix = "<loc>" + MappingOptions.DEFAULT_BASE;
        for (int at = sitemap.indexOf(prefix); at >= 0; at = sitemap.indexOf(prefix, at + 1)) {
            String path = sitemap.substring(at + prefix.length(), sitemap.indexOf("</loc>", at));
            if (path.startsWith(under)) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** The first {@code count} documents of each kind (publication, person, ...), in the sitemap's order. */
    private static List<String> firstOfEachKind(List<String> documents, int count) {
        Map<String, List<String>> kinds = new TreeMap<>();
        documents.forEach(document -> kinds.computeIfAbsent(document.split("/")[1], kind -> new ArrayList<>())
                .add(document));
        assertTrue(kinds.keySet().containsAll(List.of("event", "organization", "person", "publication")),
                kinds.keySet().toString());
        return kinds.values().stream().flatMap(each -> each.stream().limit(count)).toList();
    }

    private static HttpResponse<String> get(SparqlServer server, String path, String accept)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.localAddress() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> postQuery(SparqlServer server, String query)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
