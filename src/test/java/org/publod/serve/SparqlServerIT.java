package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.cli.PublodCommand;
import org.publod.store.Tdb2Store;

/** The SPARQL endpoint over real HTTP, asked by a separate client, against what {@code publod query} says. */
class SparqlServerIT {
    private static final String QUERY_FILE = "queries/authors-in-order.rq";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void answersGetAndPostQueriesWithTheRowsOfPublodQueryAndRefusesUpdates() throws Exception {
        Path store = temp.resolve("store");
        assertEquals(0, cli("publish", "--store", store.toString(), TestReports.example().toString()));
        StringWriter cliOut = new StringWriter();
        assertEquals(0, PublodCommand.newCommandLine(new PrintWriter(cliOut), new PrintWriter(new StringWriter()))
                .execute("query", "--store", store.toString(), "--format", "json", "@" + QUERY_FILE));
        List<String> expectedRows = rows(cliOut.toString());
        assertFalse(expectedRows.isEmpty(), "the query answers with rows: " + cliOut);

        try (Tdb2Store tdb2 = Tdb2Store.open(store);
             SparqlServer server = SparqlServer.start(tdb2.dataset(), "127.0.0.1", 0, TestReports.BASE)) {
            String endpoint = server.sparqlEndpoint();
            String query = Files.readString(Path.of(QUERY_FILE));

            HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Accept", "application/sparql-results+json")
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, get.statusCode());
            assertTrue(get.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/sparql-results+json"));
            assertEquals(expectedRows, rows(get.body()));
            assertEquals(expectedRows, rows(post.body()));

            String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
            List<String> before = rows(ask(endpoint, count).body());
            String insert = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
            // A refused request may leave the server closing the connection: each update gets a fresh client, so
            // no request is sent down a connection the server has just closed.
            HttpResponse<String> updateOnQueryEndpoint = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> updateEndpoint = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            endpoint.replace("/sparql", "/update")))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build(), HttpResponse.BodyHandlers.ofString());

            assertTrue(updateOnQueryEndpoint.statusCode() >= 400, "update on the query endpoint: "
                    + updateOnQueryEndpoint.statusCode());
            assertTrue(updateEndpoint.statusCode() >= 400, "update endpoint: " + updateEndpoint.statusCode());
            assertEquals(before, rows(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint
                            + "?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString()).body()));
        }
    }

    private HttpResponse<String> ask(String endpoint, String query) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int exitCode = PublodCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(args);
        System.err.print(err);
        return exitCode;
    }

    /** Each row as text, in order, so two result documents can be compared row for row. */
    private static List<String> rows(String json) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> cells = new ArrayList<>();
            results.getResultVars().forEach(var -> cells.add(var + "=" + row.get(var)));
            rows.add(String.join(" ", cells));
        }
        return rows;
    }
}
