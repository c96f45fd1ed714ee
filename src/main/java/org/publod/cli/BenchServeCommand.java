package org.publod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code publod bench serve}: a load generator for a running {@code publod serve}. Each client is a thread that
 * sends its next request as soon as the last is answered, over one kept-alive HTTP connection; each target is
 * measured on its own, first unmeasured (warm-up), then for a fixed time, and the latencies of all its requests give
 * the percentiles.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Measures a running `publod serve`: p50, p99 and the slowest latency of the index, a "
                + "publication page, the endpoint answering that page's own query, a person page, a "
                + "search and a SPARQL lookup, with each number of concurrent clients. The publication and person "
                + "are found through the endpoint unless given."})
final class BenchServeCommand implements Callable<Integer> {
    private static final String SPARQL_RESULTS = "application/sparql-results+json";

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://127.0.0.1:3030/",
            description = "Where the server listens (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--clients", paramLabel = "N,...", split = ",", defaultValue = "1,32",
            description = "The numbers of concurrent clients to measure with (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "20", description = "How long each measurement runs (default: "
            + "${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of unmeasured requests before each "
            + "measurement (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--publication", paramLabel = "IRI", description = "The publication to ask for (default: a "
            + "journal article the endpoint names).")
    String publication;

    @Option(names = "--person", paramLabel = "IRI", description = "The person to ask for (default: the author of "
            + "the most publications among the first 200,000 authorships the endpoint lists).")
    String person;

    @Option(names = "--search", paramLabel = "WORDS", description = "What to search for (default: the person's "
            + "family name without its accents).")
    String search;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String base = server.endsWith("/") ? server : server + "/";
        String endpoint = base + SparqlServer.SPARQL_PATH.substring(1);
        String publicationIri = publication != null ? publication : first(endpoint,
                "SELECT ?p { ?p a <http://purl.org/spar/fabio/JournalArticle> } LIMIT 1", "p");
        String personIri = person != null ? person : first(endpoint, """
                SELECT ?person (COUNT(*) AS ?n) { { SELECT ?person { ?p <http://schema.org/author> ?person }
                  LIMIT 200000 } } GROUP BY ?person ORDER BY DESC(?n) ?person LIMIT 1""", "person");
        String personName = first(endpoint, "SELECT ?n { <" + personIri + "> <http://schema.org/name> ?n } LIMIT 1",
                "n");
        String words = search != null ? search : folded(personName.split(" ")[0]);
        long personPublications = Long.parseLong(first(endpoint, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p "
                + "<http://schema.org/author> <" + personIri + "> }", "n"));
        String publicBase = first(endpoint, "SELECT ?space { GRAPH ?g { ?d <http://rdfs.org/ns/void#uriSpace> ?space"
                + " } } LIMIT 1", "space");
        Map<String, HttpRequest> targets = new LinkedHashMap<>();
        targets.put("index", html(base));
        targets.put("publication page", html(local(base, publicBase, document(publicBase, publicationIri))));
        targets.put("endpoint: the page's query", request(endpoint + "?query="
                + URLEncoder.encode(SparqlServer.pageQuery(publicationIri), StandardCharsets.UTF_8),
                "application/n-triples"));
        targets.put("person page (" + personPublications + " publications)",
                html(local(base, publicBase, document(publicBase, personIri))));
        targets.put("search \"" + words + "\"", html(base + "search?q=" + URLEncoder.encode(words,
                StandardCharsets.UTF_8)));
        targets.put("SPARQL lookup", request(endpoint + "?query=" + URLEncoder.encode("SELECT ?title { <"
                + publicationIri + "> <http://purl.org/dc/terms/title> ?title }", StandardCharsets.UTF_8),
                SPARQL_RESULTS));
        out.printf("publication %s%nperson %s (%s)%n%n", publicationIri, personIri, personName);
        out.printf("%-44s %7s %9s %7s %9s %9s %9s %8s%n", "target", "clients", "requests", "errors", "p50 ms",
                "p99 ms", "max ms", "req/s");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (int concurrency : clients) {
            for (Map.Entry<String, HttpRequest> target : targets.entrySet()) {
                Result result = measure(target.getValue(), concurrency);
                medians.put(target.getKey() + " " + concurrency, result.percentile(50));
                out.printf("%-44s %7d %9d %7d %9.1f %9.1f %9.1f %8.1f%n", target.getKey(), concurrency,
                        result.latencies.length, result.errors, result.percentile(50), result.percentile(99),
                        result.percentile(100), result.latencies.length / (double) seconds);
                out.flush();
            }
            out.printf("%-44s %7d %,.2f%n", "publication page p50 / endpoint p50", concurrency,
                    medians.get("publication page " + concurrency)
                            / medians.get("endpoint: the page's query " + concurrency));
        }
        return ExitCodes.OK;
    }

    /** Runs the request with {@code concurrency} clients: a warm-up, then the measured seconds. */
    private Result measure(HttpRequest request, int concurrency) {
        run(request, concurrency, warmup, null, new AtomicLong());
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        run(request, concurrency, seconds, latencies, errors);
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, errors.get());
    }

    private void run(HttpRequest request, int concurrency, int runSeconds, List<long[]> latencies, AtomicLong errors) {
        long end = System.nanoTime() + runSeconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<long[]> perClient = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            long[][] mine = {new long[1024]};
            int[] count = {0};
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    boolean ok = send(request);
                    long took = System.nanoTime() - start;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (count[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                    }
                    mine[0][count[0]++] = took;
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(mine[0], count[0]));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (latencies != null) {
            latencies.addAll(perClient);
        }
    }

    private boolean send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first row's value of a variable, asked of the endpoint. */
    private String first(String endpoint, String query, String var) {
        HttpRequest request = request(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "text/tab-separated-values");
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String[] lines = response.body().split("\n");
            if (response.statusCode() != 200 || lines.length < 2) {
                throw new PublodException(ErrorCode.INPUT, endpoint + " gave no " + var + " (" + response.statusCode()
                        + "): " + response.body().lines().limit(3).toList());
            }
            List<String> header = List.of(lines[0].split("\t"));
            String value = lines[1].split("\t", -1)[header.indexOf("?" + var)];
            Matcher literal = Pattern.compile("^\"(.*)\"(?:\\^\\^.*|@.*)?$").matcher(value);
            if (value.startsWith("<") && value.endsWith(">")) {
                return value.substring(1, value.length() - 1);
            }
            return literal.matches() ? literal.group(1) : value;
        } catch (IOException e) {
            throw new PublodException(ErrorCode.INPUT, "cannot reach " + endpoint + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String document(String publicBase, String iri) {
        return publicBase + "doc/" + iri.substring(publicBase.length());
    }

    /** The public address as the server's local one. */
    private static String local(String base, String publicBase, String address) {
        return base + address.substring(publicBase.length());
    }

    private static HttpRequest html(String url) {
        return request(url, "text/html");
    }

    private static HttpRequest request(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .GET().build();
    }

    private static String folded(String word) {
        return Normalizer.normalize(word.replace("ł", "l").replace("Ł", "L"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The latencies of one measurement, sorted, in nanoseconds. */
    private record Result(long[] latencies, long errors) {
        /** The latency at or below which {@code percent} of the requests were answered, in milliseconds. */
        double percentile(int percent) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percent / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
        }
    }
}
