package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.vocab.PROV;
import org.publod.vocab.VOID;

/**
 * The server as the public meets it, over real HTTP against a published TDB2 store: a query stops at the timeout
 * and frees its thread, answers are cut at the result limit, large bodies are refused, the dataset is dumped only
 * when configured, and health, the access log, gzip, validators, CORS and the pages' security headers.
 */
class PublicEndpointIT {
    static final String BASE = ServedStore.BASE;
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final String ALL_TRIPLES = "SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path temp;
    static ServedStore served;
    /** The same store with a short timeout, a small result and request limit, and the dump. */
    static SparqlServer strict;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void publishAndServe() {
        served = ServedStore.publish(temp, BASE);
        strict = served.serveWith(new ServingLimits(Duration.ofSeconds(2), 5, 4 * 1024, true));
    }

    @AfterAll
    static void stop() {
        strict.close();
        served.close();
    }

    @Test
    void aCrossProductStopsAtTheTimeoutFreesItsThreadAndTheServerAnswersRightAfter() {
        long start = System.nanoTime();
        HttpResponse<String> stopped = query(strict, CROSS_PRODUCT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(stopped.statusCode() >= 500, stopped.statusCode() + ": " + stopped.body());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "answered after " + took);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) >= 0, "answered before the timeout: " + took);
        assertNoThreadRunsAQuery();
        HttpResponse<String> simple = query(strict, "ASK { ?s a ?type }");
        assertEquals(200, simple.statusCode(), simple.body());
        assertTrue(simple.body().contains("true"), simple.body());
    }

    @Test
    void aQueryAnswersAtMostTheResultLimitAndASmallerLimitOfItsOwn() {
        assertEquals(5, rows(query(strict, ALL_TRIPLES)).size());
        assertEquals(3, rows(query(strict, ALL_TRIPLES + " LIMIT 3")).size());
        assertEquals(5, rows(query(strict, ALL_TRIPLES + " LIMIT 50")).size());
        assertTrue(rows(query(served.server(), ALL_TRIPLES)).size() > 5, "the default limit is larger");
    }

    @Test
    void aRequestBodyOverTheLimitIsRefusedWith413() {
        String padding = "# " + "x".repeat(6 * 1024) + "\n";
        HttpResponse<String> large = post(strict, padding + "ASK {}");
        HttpResponse<String> small = post(strict, "ASK {}");
        HttpResponse<String> defaultLimit = post(served.server(), padding + "ASK {}");

        assertEquals(413, large.statusCode(), large.body());
        assertEquals(200, small.statusCode(), small.body());
        assertEquals(200, defaultLimit.statusCode(), defaultLimit.body());
    }

    @Test
    void theWholeDatasetIsServedOnlyWhenConfiguredAndThenListedAsTheDump() {
        for (String path : List.of("publod", "publod/data", "publod/get", "publod/data?default",
                "publod?query=ASK%7B%7D")) {
            HttpResponse<String> response = get(served.server().localAddress() + path, "Accept", "application/trig");
            // Fuseki answers a path under the dataset with no endpoint 400 "No endpoint for request".
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + ": " + response.body());
            assertFalse(response.body().contains("http://schema.org/"), path + ": " + response.body());
        }
        assertTrue(voidDescription(served.server()).listObjectsOfProperty(VOID.dataDump).toList().isEmpty());

        Model description = voidDescription(strict);
        assertEquals(List.of(BASE + "publod/data"), description.listObjectsOfProperty(VOID.dataDump)
                .mapWith(node -> node.asResource().getURI()).toList());
        HttpResponse<String> dump = get(strict.localAddress() + "publod/data", "Accept", "application/n-quads");
        assertEquals(200, dump.statusCode(), dump.body());
        Dataset dumped = DatasetFactory.create();
        RDFParser.fromString(dump.body(), Lang.NQUADS).parse(dumped);
        Dataset stored = served.store().dataset();
        Txn.executeRead(stored, () -> assertEquals(stored.asDatasetGraph().stream().count(),
                dumped.asDatasetGraph().stream().count()));
    }

    @Test
    void healthAnswers200WithAStatus() {
        HttpResponse<String> health = get(served.server().localAddress() + "health");
        assertEquals(200, health.statusCode());
        assertTrue(health.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"status\":\"up\"}", health.body().strip());
    }

    @Test
    void everyRequestIsLoggedInTheCombinedFormat() throws InterruptedException {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String agent = "publod-access-log-check/1.0";
        try {
            get(served.server().localAddress() + "robots.txt?from=log", "User-Agent", agent);
            for (int i = 0; i < 50 && !captured.toString(StandardCharsets.UTF_8).contains(agent); i++) {
                Thread.sleep(100); // the line is written when the exchange completes, just after the client has it
            }
        } finally {
            System.setErr(original);
        }
        Pattern combined = Pattern.compile("127\\.0\\.0\\.1 - - \\[[^\\]]+\\] \"GET /robots\\.txt\\?from=log "
                + "HTTP/1\\.1\" 200 \\d+ \"-?\" \"" + Pattern.quote(agent) + "\"");
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(combined.matcher(log).find(), log);
    }

    @Test
    void pagesAndRdfDocumentsAreGzippedForClientsThatAcceptIt() throws IOException {
        String document = served.local(served.documentOf(LinkedDataIT.PAPER));
        for (String accept : List.of("text/html", "text/turtle")) {
            HttpResponse<byte[]> zipped = getBytes(document, "Accept", accept, "Accept-Encoding", "gzip");
            HttpResponse<String> plain = get(document, "Accept", accept);
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), accept);
            assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), accept);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8), accept);
            }
            assertTrue(zipped.body().length < plain.body().length(), accept);
            String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, getBytes(document, "Accept", accept, "Accept-Encoding", "gzip", "If-None-Match",
                    zippedTag).statusCode(), "the compressed copy validates too: " + zippedTag);
        }
    }

    @Test
    void documentsAnswer304WhileCurrentAndChangeTheirValidatorsWhenTheStoreIsRepublished() {
        String document = served.local(served.documentOf(LinkedDataIT.PIORO));
        HttpResponse<String> first = get(document, "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        String htmlEtag = get(document, "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, htmlEtag, "each format has its own tag");

        assertEquals(304, get(document, "Accept", "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(304, get(document, "Accept", "text/turtle", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get(document, "Accept", "text/html", "If-None-Match", etag).statusCode());
        HttpResponse<String> description = get(served.server().localAddress() + ".well-known/void",
                "Accept", "text/turtle");
        assertEquals(304, get(served.server().localAddress() + ".well-known/void", "Accept", "text/turtle",
                "If-None-Match", description.headers().firstValue("ETag").orElseThrow()).statusCode());

        republishOneReportAnHourLater();

        HttpResponse<String> after = get(document, "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertNotEquals(lastModified, after.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(200, get(document, "Accept", "text/turtle", "If-Modified-Since", lastModified).statusCode());
    }

    @Test
    void corsAllowsEveryOriginWithoutCredentials() {
        String origin = "https://reader.example";
        String document = served.local(served.documentOf(LinkedDataIT.PIORO));
        String query = served.server().sparqlEndpoint() + "?query=ASK%7B%7D";
        for (String url : List.of(document, query, served.server().localAddress() + "health")) {
            HttpResponse<String> response = get(url, "Origin", origin, "Cookie", "session=1");
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), url);
            assertFalse(response.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), url);
        }
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(served.server().sparqlEndpoint()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                .toLowerCase().contains("content-type"));
    }

    @Test
    void pagesCarrySecurityHeadersAndTheirPolicyAllowsTheirOwnStyleAndCopyScriptOnly() {
        for (String url : List.of(served.server().localAddress(), served.server().localAddress() + "search?q=x",
                served.local(served.documentOf(LinkedDataIT.PAPER)))) {
            HttpResponse<String> page = get(url, "Accept", "text/html");
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.startsWith("default-src 'none'"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            Matcher scriptSources = Pattern.compile("script-src ([^;]*);").matcher(policy);
            assertTrue(scriptSources.find(), policy);
            assertTrue(scriptSources.group(1).matches("'sha256-[A-Za-z0-9+/]+=*'"),
                    "no script may run but the one its hash names: " + policy);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(page.headers().firstValue("Referrer-Policy").isPresent(), url);
            Matcher styles = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.body());
            assertTrue(styles.find(), url);
            do {
                String hash = Base64.getEncoder().encodeToString(StoreVersion.sha256()
                        .digest(styles.group(1).getBytes(StandardCharsets.UTF_8)));
                assertTrue(policy.contains("'sha256-" + hash + "'"), "style element not allowed: " + policy);
            } while (styles.find());
            assertFalse(page.body().contains(" style=\""), "an inline style attribute would be blocked");
            boolean publication = url.contains("/doc/publication/");
            assertEquals(publication ? List.of("application/ld+json", "(none)") : List.of("application/ld+json"),
                    scriptTypes(page.body()), "the JSON-LD, and on a publication the Cite block's copy button");
            Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
            while (scripts.find()) {
                String hash = Base64.getEncoder().encodeToString(StoreVersion.sha256()
                        .digest(scripts.group(1).getBytes(StandardCharsets.UTF_8)));
                assertEquals("'sha256-" + hash + "'", scriptSources.group(1), "the script the policy allows");
            }
        }
    }

    @Test
    void theSparqlPageRunsTheEditorsScriptsFromTheSiteOnly() {
        HttpResponse<String> page = get(served.server().localAddress() + "sparql", "Accept", "text/html");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.startsWith("default-src 'none'"), policy);
        String scripts = Pattern.compile("script-src ([^;]*)").matcher(policy).results().findFirst().orElseThrow()
                .group(1);
        assertEquals("'self' " + served.server().publicBase().replaceAll("/$", ""), scripts);
        assertFalse(policy.contains("unsafe-eval"), policy);
        List<String> sources = Pattern.compile("<script src=\"([^\"]*)\"").matcher(page.body()).results()
                .map(match -> match.group(1)).toList();
        assertEquals(2, sources.size(), page.body());
        for (String source : sources) {
            assertTrue(source.startsWith(served.server().publicBase() + "assets/"), source);
            HttpResponse<String> script = get(served.local(source));
            assertEquals(200, script.statusCode(), source);
            assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), source);
            assertTrue(script.headers().firstValue("Cache-Control").orElse("").contains("max-age"), source);
        }
        assertTrue(get(served.local(sources.get(0))).body().contains("Yasgui"), "the editor's script");
        assertEquals(404, get(served.server().localAddress() + "assets/publod/queries/coauthors.rq").statusCode(),
                "only the editor's files are served");
    }

    /** A republication of the same report: its graph gets a newer prov:generatedAtTime, as publish gives it. */
    private static void republishOneReportAnHourLater() {
        Dataset dataset = served.store().dataset();
        Txn.executeWrite(dataset, () -> {
            String graph = Iter.asStream(dataset.listNames()).filter(name -> dataset.getNamedModel(name)
                    .contains(ResourceFactory.createResource(name), PROV.generatedAtTime)).findFirst().orElseThrow();
            Model report = dataset.getNamedModel(graph);
            Resource self = report.createResource(graph);
            Statement generated = report.listStatements(self, PROV.generatedAtTime, (Literal) null).next();
            Instant later = Instant.parse(generated.getLiteral().getLexicalForm()).plus(Duration.ofHours(1));
            report.remove(generated);
            report.add(self, PROV.generatedAtTime, later.toString(), XSDDatatype.XSDdateTime);
        });
    }

    /** Waits until no thread of this JVM is inside ARQ's query engine: a stopped query must not go on. */
    private static void assertNoThreadRunsAQuery() {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<String> running;
        do {
            running = Thread.getAllStackTraces().entrySet().stream()
                    .filter(entry -> Arrays.stream(entry.getValue())
                            .anyMatch(frame -> frame.getClassName().startsWith("org.apache.jena.sparql.engine")))
                    .map(entry -> entry.getKey().getName()).toList();
        } while (!running.isEmpty() && System.nanoTime() < deadline);
        assertEquals(List.of(), running, "threads still running a query");
    }

    private static List<String> scriptTypes(String html) {
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        ArrayList<String> types = new ArrayList<>();
        while (scripts.find()) {
            Matcher type = Pattern.compile("type=\"([^\"]*)\"").matcher(scripts.group(1));
            types.add(type.find() ? type.group(1) : "(none)");
        }
        return types;
    }

    private Model voidDescription(SparqlServer server) {
        HttpResponse<String> response = get(server.localAddress() + ".well-known/void", "Accept", "text/turtle");
        assertEquals(200, response.statusCode(), response.body());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        return model;
    }

    private static List<String> rows(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()
                .getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        ArrayList<String> rows = new ArrayList<>();
        results.forEachRemaining(row -> rows.add(row.toString()));
        return rows;
    }

    private HttpResponse<String> query(SparqlServer server, String query) {
        return get(server.sparqlEndpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
    }

    private HttpResponse<String> post(SparqlServer server, String query) {
        // A refused body may leave the server closing the connection: each post gets a fresh client.
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String... headers) {
        return send(request(url, headers));
    }

    private HttpResponse<byte[]> getBytes(String url, String... headers) {
        return send(client, request(url, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(client, request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request,
                                            HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
