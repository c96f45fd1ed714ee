package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.publod.TestReports;
import org.publod.cli.PublodCommand;
import org.publod.store.Tdb2Store;

/**
 * A store published with the real pipeline ({@code publod publish}) and served on a free port, for tests that
 * speak HTTP to it. The public base differs from the listening address, as behind a proxy.
 */
final class ServedStore implements AutoCloseable {
    /** The public base the test data is published under. */
    static final String BASE = "https://data.example.org/";
    /** A report whose title is markup and whose author's name has an apostrophe. */
    static final String HOSTILE_REPORT = """
            Partner: J. O'Brien


            Prace konferencyjne
            1.O'Brien J., Cygan M., <script>alert(1)</script>, ICML, The Forty-First International Conference on \
            Machine Learning, 2024-07-21/07-27, Wiedeń (AT), pp.1-2, 2024

            Streszczenie:

            An abstract with </script><script>alert(2)</script> & "quotes", 'apostrophes' and <!-- a comment.

            Afiliacje autorów:

            O'Brien J.-other affiliation
            Cygan M.-IPPT PAN
            """;
    static final String HOSTILE_TITLE = "<script>alert(1)</script>";

    private final Tdb2Store store;
    private final SparqlServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ServedStore(Tdb2Store store, SparqlServer server) {
        this.store = store;
        this.server = server;
    }

    /** A report of journal articles with ISSNs, DOIs, volumes and issues (a golden mapping case). */
    static final Path JOURNAL_REPORT = Path.of("src/test/resources/golden/journal-articles/input.txt");

    /**
     * Publishes the example report, the journal articles and the hostile report under {@link #BASE}, adds the extra
     * graphs (for IRIs the minter never makes), and serves the store on a free port.
     */
    static ServedStore publish(Path temp, String base, Graph... extraGraphs) {
        Path hostile = TestReports.write(temp, "hostile-report.txt", HOSTILE_REPORT);
        return serve(temp, base, List.of(TestReports.example().toString(), JOURNAL_REPORT.toString(),
                hostile.toString()), extraGraphs);
    }

    /**
     * Publishes the example report under {@code base} and links it ({@code publish --link}) with the dblp records of
     * its papers in {@code src/test/resources/link/example-dblp.ttl}, and serves the store on a free port.
     */
    static ServedStore publishLinked(Path temp, String base) {
        execute("link", "index", "--dblp", "src/test/resources/link/example-dblp.ttl", "--index",
                temp.resolve("index").toString());
        return serve(temp, base, List.of("--link", "--index", temp.resolve("index").toString(), "--review",
                temp.resolve("review.csv").toString(), TestReports.example().toString()));
    }

    private static ServedStore serve(Path temp, String base, List<String> publishArguments, Graph... extraGraphs) {
        Path directory = temp.resolve("store");
        List<String> arguments = new java.util.ArrayList<>(List.of("publish", "--store", directory.toString(),
                "--base", base));
        arguments.addAll(publishArguments);
        execute(arguments.toArray(String[]::new));
        Tdb2Store store = Tdb2Store.open(directory);
        for (int i = 0; i < extraGraphs.length; i++) {
            store.replaceGraph(base + "graph/extra-" + i, List.of(extraGraphs[i]).iterator());
        }
        return new ServedStore(store, SparqlServer.start(store.dataset(), "127.0.0.1", 0, base));
    }

    private static void execute(String... arguments) {
        StringWriter err = new StringWriter();
        int exit = PublodCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(arguments);
        assertEquals(0, exit, err.toString());
    }

    /** Another server over the same store, with other limits; the caller closes it. */
    SparqlServer serveWith(ServingLimits limits) {
        return SparqlServer.create().dataset(store.dataset()).host("127.0.0.1").port(0)
                .publicBase(server.publicBase()).limits(limits).start();
    }

    SparqlServer server() {
        return server;
    }

    Tdb2Store store() {
        return store;
    }

    /** The local URL of a public address under the base. */
    String local(String publicUrl) {
        return server.localAddress() + publicUrl.substring(server.publicBase().length());
    }

    HttpResponse<String> get(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The public address of the document about an IRI, as the server names it in its 303. */
    String documentOf(String iri) {
        HttpResponse<String> response = get(local(IriText.toUri(iri)));
        assertEquals(303, response.statusCode(), iri + ": " + response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Every URL the page links to (href attributes), with the character references the templates write decoded. */
    static List<String> hrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            hrefs.add(unescape(matcher.group(1)));
        }
        return hrefs;
    }

    /** Decodes numeric character references and the few named ones an escaping template writes. */
    static String unescape(String html) {
        String numeric = Pattern.compile("&#(\\d+);").matcher(html)
                .replaceAll(match -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(match.group(1)))));
        return numeric.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
