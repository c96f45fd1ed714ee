package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.Credentials;
import org.publod.TestReports;
import org.publod.generate.ReportGenerator;
import org.publod.pipeline.ServedPublication;
import org.publod.store.Tdb2Store;
import org.publod.validate.ProfileValidator;

/**
 * Re-publication into a running server: real TDB2, real Fuseki, real HTTP. Reports are sent to the publication
 * path while other clients query the endpoint; every answer must be one version of the report or the other, whole.
 */
class ServedPublicationIT {
    private static final String BASE = TestReports.BASE;
    private static final Credentials ADMIN = new Credentials("admin", "correct horse");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = "weekly.txt";
    /**
     * The report graph's titles (publications' and the report's own) and the dataset description's triple count:
     * a replacement that wrote the graph and the description in two transactions, or a graph in parts, shows here.
     */
    private static final String VERSION_QUERY = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX void: <http://rdfs.org/ns/void#>
            SELECT ?value WHERE {
              { GRAPH <%sgraph/%s> { ?s dcterms:title ?value } }
              UNION { GRAPH <%s.well-known/void> { ?d void:triples ?n } BIND (STR(?n) AS ?value) }
            }""".formatted(BASE, REPORT, BASE);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Tdb2Store store;
    private SparqlServer server;

    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void readersSeeTheOldReportOrTheNewOneNeverHalfWhileItIsRepublished() throws Exception {
        serve(Publishing.DEFAULT_REQUEST_BYTES);
        String versionA = Files.readString(TestReports.example(), StandardCharsets.UTF_8);
        String versionB = versionB(versionA);
        assertEquals(200, publish(REPORT, versionA, ADMIN).statusCode());
        List<String> answerA = versionAnswer();
        assertEquals(200, publish(REPORT, versionB, ADMIN).statusCode());
        List<String> answerB = versionAnswer();
        assertNotEquals(answerA, answerB);
        assertTrue(answerA.contains("Scaling Laws for Fine-Grained Mixture of Experts"), answerA.toString());
        assertTrue(answerB.contains("Scaling Rules for Fine-Grained Mixture of Experts"), answerB.toString());

        AtomicBoolean publishing = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>(Map.of("A", new AtomicInteger(),
                "B", new AtomicInteger()));
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread reader = new Thread(() -> {
                while (publishing.get()) {
                    try {
                        List<String> answer = versionAnswer();
                        if (answer.equals(answerA)) {
                            seen.get("A").incrementAndGet();
                        } else if (answer.equals(answerB)) {
                            seen.get("B").incrementAndGet();
                        } else {
                            failures.add("an answer of neither version: " + answer);
                        }
                    } catch (RuntimeException | IOException e) {
                        failures.add("a failed query: " + e);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "reader-" + i);
            reader.start();
            readers.add(reader);
        }
        try {
            for (int round = 0; round < 4; round++) {
                for (String version : List.of(versionA, versionB)) {
                    HttpResponse<String> response = publish(REPORT, version, ADMIN);
                    assertEquals(200, response.statusCode(), response.body());
                }
            }
        } finally {
            publishing.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(seen.get("A").get() > 0 && seen.get("B").get() > 0, "the readers saw both versions: " + seen);
        assertEquals(answerB, versionAnswer());
    }

    @Test
    void publicationsThatArriveTogetherRunOneAfterTheOtherAndBothAreStored() throws Exception {
        serve(Publishing.DEFAULT_REQUEST_BYTES);
        String versionA = Files.readString(TestReports.example(), StandardCharsets.UTF_8);
        List<HttpResponse<String>> responses = new CopyOnWriteArrayList<>();
        List<Thread> senders = new ArrayList<>();
        for (String file : List.of("first.txt", "second.txt", "third.txt")) {
            Thread sender = new Thread(() -> {
                try {
                    responses.add(publish(file, file.equals("second.txt") ? versionB(versionA) : versionA, ADMIN));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        assertEquals(3, responses.size());
        for (HttpResponse<String> response : responses) {
            assertEquals(200, response.statusCode(), response.body());
        }
        for (String file : List.of("first.txt", "second.txt", "third.txt")) {
            HttpResponse<String> held = http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()
                    + "?query=" + URLEncoder.encode("ASK { GRAPH <" + BASE + "graph/" + file + "> { ?s ?p ?o } }",
                    StandardCharsets.UTF_8))).header("Accept", "text/plain").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(held.body().strip().equalsIgnoreCase("yes") || held.body().contains("true"), file + ": "
                    + held.body());
        }
    }

    @Test
    void theSummaryListsEachRejectedEntryByFileAndLine() throws Exception {
        serve(Publishing.DEFAULT_REQUEST_BYTES);
        String report = "Prace konferencyjne\n" + "1.Nowak J., A Study of Pages, ICML, The Forty-First International "
                + "Conference on Machine Learning, 2024-07-21/07-27, Wiedeń (AT), pp.9-2, 2024\n";
        HttpResponse<String> response = publish("pages.txt", report, ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode summary = JSON.readTree(response.body());
        assertEquals("pages.txt", summary.path("report").asText());
        assertEquals(BASE + "graph/pages.txt", summary.path("graph").asText());
        assertEquals(1, summary.path("entriesRead").asLong());
        assertEquals(0, summary.path("published").asLong());
        assertEquals(1, summary.path("rejected").asLong());
        JsonNode rejection = summary.path("rejections").path(0);
        assertEquals("pages.txt:2", rejection.path("entry").asText());
        assertTrue(rejection.path("reasons").path(0).asText().startsWith("pages.txt:2: pages:"), response.body());
        assertTrue(summary.has("triples") && summary.has("seconds") && summary.has("warnings"), response.body());
    }

    @Test
    void withoutTheAdministratorsCredentialsNothingIsPublished() throws Exception {
        serve(Publishing.DEFAULT_REQUEST_BYTES);
        String report = Files.readString(TestReports.example(), StandardCharsets.UTF_8);
        for (Credentials credentials : Arrays.asList(null, new Credentials("admin", "wrong"),
                new Credentials("someone", ADMIN.password()))) {
            HttpResponse<String> response = publish(REPORT, report, credentials);
            assertEquals(401, response.statusCode(), String.valueOf(credentials));
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
            assertEquals("close", response.headers().firstValue("Connection").orElse(""),
                    "the unread report ends the connection: the next request goes on a new one");
        }
        assertEquals(List.of(), versionAnswer(), "nothing was published");
    }

    @Test
    void aServerWithoutCredentialsTakesNoPublication() throws Exception {
        store = Tdb2Store.open(temp.resolve("store"));
        server = SparqlServer.create().dataset(store.dataset()).port(0).publicBase(BASE).start();
        HttpResponse<String> response = publish(REPORT, Files.readString(TestReports.example()), ADMIN);
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("configured no credentials"), response.body());
        assertTrue(store.isEmpty());
    }

    @Test
    void aPublicationHasItsOwnSizeLimitAboveThePublicOne() throws Exception {
        serve(1024 * 1024);
        StringWriter generated = new StringWriter();
        new ReportGenerator(9, 0).write(100, generated);
        assertTrue(generated.toString().length() > ServingLimits.DEFAULTS.requestBytes(), "over the public limit");
        HttpResponse<String> accepted = publish("generated.txt", generated.toString(), ADMIN);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(100, JSON.readTree(accepted.body()).path("entriesRead").asLong());

        String huge = String.join("", Collections.nCopies(2 * 1024, "x".repeat(1023) + "\n"));
        HttpResponse<String> refused = publish("huge.txt", huge, ADMIN);
        assertEquals(413, refused.statusCode(), refused.body());
        HttpResponse<String> publicRequest = http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {} #" + "x".repeat(100 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, publicRequest.statusCode(), "the public limit still holds elsewhere");
    }

    @Test
    void aReportNameWithAFolderIsRefused() throws Exception {
        serve(Publishing.DEFAULT_REQUEST_BYTES);
        HttpResponse<String> response = publish("../escape.txt", "Prace konferencyjne\n", ADMIN);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(store.isEmpty());
    }

    /** Version A without its third entry, and with another title for its first. */
    @Test
    void preparingThePipelineWritesNothing() throws Exception {
        serve(Publishing.DEFAULT_REQUEST_BYTES);
        assertEquals(200, publish(REPORT, Files.readString(TestReports.example(), StandardCharsets.UTF_8), ADMIN)
                .statusCode());
        List<String> before = versionAnswer();
        long quads = quadCount();
        assertTrue(quads > 0);

        new ServedPublication(store, BASE, ProfileValidator.bundled(), Clock.systemUTC()).warm();

        assertEquals(before, versionAnswer());
        assertEquals(quads, quadCount());
    }

    private long quadCount() {
        try (RDFConnection connection = store.connect()) {
            long[] count = {0};
            connection.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                    row -> count[0] = row.getLiteral("n").getLong());
            return count[0];
        }
    }

    private static String versionB(String versionA) {
        int third = versionA.indexOf("\n3.");
        assertTrue(third > 0, "the example has a third entry");
        return versionA.substring(0, third + 1).replace("Scaling Laws for", "Scaling Rules for");
    }

    private void serve(long publishBytes) {
        store = Tdb2Store.open(temp.resolve("store"));
        Publishing publishing = new Publishing(ADMIN, new ServedPublication(store, BASE, ProfileValidator.bundled(),
                Clock.systemUTC()), publishBytes);
        server = SparqlServer.create().dataset(store.dataset()).port(0).publicBase(BASE).publishing(publishing)
                .start();
    }

    private HttpResponse<String> publish(String file, String report, Credentials credentials)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.localAddress()
                        + SparqlServer.PUBLISH_PATH.substring(1) + "?file=" + URLEncoder.encode(file,
                        StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(report, StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header("Authorization", credentials.basicAuthorization());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The values {@link #VERSION_QUERY} answers, sorted; a failed query throws. */
    private List<String> versionAnswer() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(VERSION_QUERY,
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("query answered " + response.statusCode() + ": " + response.body());
        }
        List<String> lines = new ArrayList<>(response.body().lines().skip(1).toList());
        Collections.sort(lines);
        assertFalse(lines.contains(null));
        return lines;
    }
}
