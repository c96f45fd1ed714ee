package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publod link}, {@code link index}, {@code publish --link} and the curator's workflow, as a user runs them. */
class LinkCommandIT {
    private static final Path FIXTURES = Path.of("src/test/resources/link");
    private static final String BASE = "https://example.org/publod/";
    private static final Pattern SCORE = Pattern.compile(
            "(publication|authorship) links: precision ([0-9.]+), recall ([0-9.]+), F1 [0-9.]+");
    private static final String HOLDERS = "SELECT (COUNT(DISTINCT ?person) AS ?n) { GRAPH ?g { "
            + "?role pro:isHeldBy ?person } }";

    @TempDir
    static Path temp;
    private static Path published;

    private final CapturedCommandLine cli = new CapturedCommandLine();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    @BeforeAll
    static void indexAndPublish() {
        CapturedCommandLine setUp = new CapturedCommandLine();
        assertEquals(0, setUp.execute("link", "index", "--dblp", FIXTURES.resolve("dblp-excerpt.ttl").toString(),
                "--index", temp.resolve("index").toString()), setUp.err().toString());
        assertEquals(0, setUp.execute("link", "index", "--dblp", FIXTURES.resolve("example-dblp.ttl").toString(),
                "--index", temp.resolve("example-index").toString()), setUp.err().toString());
        published = temp.resolve("published");
        assertEquals(0, publish(setUp, published), setUp.err().toString());
    }

    private static int publish(CapturedCommandLine cli, Path store) {
        return cli.execute("publish", "--store", store.toString(), "--base", BASE,
                FIXTURES.resolve("report-a.txt").toString(), FIXTURES.resolve("report-b.txt").toString());
    }

    /** {@code publod link} on {@code store} with the fixtures' index and registry, and {@code more} options. */
    private int link(Path store, Path review, String... more) {
        List<String> args = new ArrayList<>(List.of("link", "--store", store.toString(), "--index",
                temp.resolve("index").toString(), "--registry", FIXTURES.resolve("orcid-registry.csv").toString(),
                "--review", review.toString()));
        args.addAll(List.of(more));
        return cli.execute(args.toArray(String[]::new));
    }

    private long count(Path store, String query) {
        out.getBuffer().setLength(0);
        assertEquals(0, cli.execute("query", "--store", store.toString(), "--format", "csv", query), err.toString());
        return Long.parseLong(out.toString().strip().split("\\R")[1].strip());
    }

    private String select(Path store, String query) {
        out.getBuffer().setLength(0);
        assertEquals(0, cli.execute("query", "--store", store.toString(), "--format", "csv", query), err.toString());
        return out.toString();
    }

    @Test
    void evaluatePrintsAuthorshipPrecisionAndRecallAboveTheAcceptanceBar() {
        assertEquals(0, link(published, temp.resolve("eval-review.csv"), "--output",
                temp.resolve("eval.trig").toString(), "--evaluate", FIXTURES.resolve("gold.csv").toString()),
                err.toString());
        Matcher matcher = SCORE.matcher(out.toString());
        List<String> kinds = new ArrayList<>();
        while (matcher.find()) {
            kinds.add(matcher.group(1));
            assertTrue(Double.parseDouble(matcher.group(2)) >= 0.99, matcher.group());
            assertTrue(Double.parseDouble(matcher.group(3)) >= 0.95, matcher.group());
        }
        assertEquals(List.of("publication", "authorship"), kinds, out.toString());
        assertTrue(err.toString().contains("orcid-registry.csv:"), "the bad registry row is reported: " + err);
    }

    @Test
    void theExampleHoldsThirteenPersonsOnceLinkedNotFourteen() {
        Path store = temp.resolve("example");
        assertEquals(0, cli.execute("publish", "--store", store.toString(), "--base", BASE,
                "examples/ippt-example.txt"), err.toString());
        assertEquals(14, count(store, HOLDERS));
        Map<String, List<String>> before = exampleQueries(store);
        assertEquals(0, cli.execute("link", "--store", store.toString(), "--index",
                temp.resolve("example-index").toString(), "--review", temp.resolve("example-review.csv").toString()),
                err.toString());
        assertEquals(13, count(store, HOLDERS));
        Map<String, List<String>> after = exampleQueries(store);
        assertEquals(before.get("publications-per-year.rq"), after.get("publications-per-year.rq"));
        assertEquals(before.get("source-of-publications.rq"), after.get("source-of-publications.rq"));
        List<String> authors = before.get("authors-in-order.rq");
        for (int i = 0; i < authors.size(); i++) {
            String row = after.get("authors-in-order.rq").get(i);
            assertTrue(row.equals(authors.get(i)) || row.endsWith(BASE + "person/dblp/900/1009")
                    && authors.get(i).contains(BASE + "person/odrzygozdz-t-"), "only the joined person differs: "
                    + row + " was " + authors.get(i));
        }
        List<String> coauthors = after.get("coauthors.rq");
        assertEquals(before.get("coauthors.rq").size() - 1, coauthors.size(), "the two spellings are one co-author");
        assertTrue(coauthors.stream().anyMatch(row -> row.startsWith(BASE + "person/dblp/900/1009,")
                && row.endsWith(",2")), coauthors.toString());
        String names = select(store, "SELECT ?name { GRAPH ?g { <" + BASE
                + "person/dblp/900/1009> schema:name ?name } } ORDER BY ?name");
        assertTrue(names.contains("Odrzygoźdź T.") && names.contains("Odrzygóźdź T."), names);
        assertEquals(1, count(store, "SELECT (COUNT(?family) AS ?n) { GRAPH ?g { <" + BASE
                + "person/dblp/900/1009> schema:familyName ?family } }"), "one family name, as the shapes want");
        assertEquals(2, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?old dcterms:isReplacedBy <" + BASE
                + "person/dblp/900/1009> } }"), "both spellings' IRIs lead to the joined person");
        int validation = cli.execute("validate", "--store", store.toString(), "examples/ippt-example.txt");
        assertTrue(validation == 0 || validation == 6, "no violation once linked: " + out + "\n" + err);
    }

    /** The rows of each example query in queries/, as CSV lines. */
    private Map<String, List<String>> exampleQueries(Path store) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String query : List.of("authors-in-order.rq", "coauthors.rq", "publications-per-year.rq",
                "source-of-publications.rq")) {
            out.getBuffer().setLength(0);
            assertEquals(0, cli.execute("query", "--store", store.toString(), "--format", "csv",
                    "@queries/" + query), err.toString());
            rows.put(query, List.of(out.toString().strip().split("\\R")));
        }
        return rows;
    }

    @Test
    void publishLinkDoesBothInOneRun() {
        Path store = temp.resolve("publish-link");
        assertEquals(0, cli.execute("publish", "--store", store.toString(), "--base", BASE, "--link", "--index",
                temp.resolve("example-index").toString(), "--review", temp.resolve("pl-review.csv").toString(),
                "examples/ippt-example.txt"), err.toString());
        assertEquals(13, count(store, HOLDERS));
    }

    @Test
    void linkingTwiceGivesIdenticalLinks() {
        assertEquals(0, link(published, temp.resolve("first.csv"), "--output", temp.resolve("first.trig").toString()),
                err.toString());
        assertEquals(0, link(published, temp.resolve("second.csv"), "--output",
                temp.resolve("second.trig").toString()), err.toString());
        Graph first = linkset(temp.resolve("first.trig"));
        assertTrue(first.size() > 1000, "linkset has " + first.size() + " triples");
        assertTrue(first.isIsomorphicWith(linkset(temp.resolve("second.trig"))));
    }

    private static Graph linkset(Path trig) {
        Dataset dataset = RDFDataMgr.loadDataset(trig.toString());
        return dataset.asDatasetGraph().getGraph(NodeFactory.createURI(BASE + "graph/linkset"));
    }

    /**
     * The README's curator workflow, literally: link and get a review file; a curator accepts one candidate and
     * rejects a publication link in a copy, the decisions file; link again with it; re-publish a report; link a
     * third time. The decisions hold in the second and third runs and through the re-publication.
     */
    @Test
    void theCuratorsDecisionsHoldOverThreeRunsAndARepublication() throws IOException {
        Path store = temp.resolve("curated");
        assertEquals(0, publish(cli, store), err.toString());
        // The institute's registry gives Cygan M. another pid than the papers' signatures: a candidate for review.
        Path registry = temp.resolve("registry.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(FIXTURES.resolve("orcid-registry.csv")));
        rows.add("Cygan M.,0000-0002-1825-0097,76/999,");
        Files.write(registry, rows, StandardCharsets.UTF_8);
        String[] sources = {"--index", temp.resolve("index").toString(), "--registry", registry.toString()};

        // Run 1.
        Path review = temp.resolve("review.csv");
        assertEquals(0, runLink(store, review, null, sources), err.toString());
        List<String> candidates = Files.readAllLines(review, StandardCharsets.UTF_8);
        String cygan = candidates.stream().filter(row -> row.contains(",authorship,")
                && row.contains("https://dblp.org/pid/76/999")).findFirst()
                .orElseThrow(() -> new AssertionError("no review row for the registry's pid: " + candidates));
        String authorship = cygan.split(",")[2];
        String scalingLaws = select(store, "SELECT ?pub { GRAPH ?g { ?pub dcterms:title "
                + "\"Scaling Laws for Fine-Grained Mixture of Experts\" } }").strip().split("\\R")[1].strip();

        // The curator's decisions: a copy of the review file with accept and reject written in.
        Path decisions = temp.resolve("decisions.csv");
        Files.write(decisions, List.of(candidates.get(0), cygan.replaceFirst("^\"\"", "accept"),
                "reject,publication," + scalingLaws + ",Scaling Laws,"
                        + "https://dblp.org/rec/conf/icml/LudziejewskiKA24,,,"),
                StandardCharsets.UTF_8);

        // Run 2.
        assertEquals(0, runLink(store, temp.resolve("review-2.csv"), decisions, sources), err.toString());
        assertDecisionsHold(store, authorship, scalingLaws);

        // Re-publication keeps them, before any linking.
        assertEquals(0, publish(cli, store), err.toString());
        assertDecisionsHold(store, authorship, scalingLaws);

        // Run 3.
        assertEquals(0, runLink(store, temp.resolve("review-3.csv"), decisions, sources), err.toString());
        assertDecisionsHold(store, authorship, scalingLaws);
    }

    private int runLink(Path store, Path review, Path decisions, String... sources) {
        List<String> args = new ArrayList<>(List.of("link", "--store", store.toString(), "--review",
                review.toString()));
        args.addAll(List.of(sources));
        if (decisions != null) {
            args.addAll(List.of("--decisions", decisions.toString()));
        }
        return cli.execute(args.toArray(String[]::new));
    }

    private void assertDecisionsHold(Path store, String authorship, String publication) {
        String holder = select(store, "SELECT ?person { GRAPH ?g { <" + authorship + "> pro:isHeldBy ?person } }");
        assertTrue(holder.contains(BASE + "person/dblp/76/999"), "the accepted pid holds the authorship: " + holder);
        assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { <" + BASE + "person/dblp/76/999> "
                + "owl:sameAs <https://dblp.org/pid/76/999> } }"), "a curated identity is certain");
        assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { <" + publication + "> schema:sameAs "
                + "<https://dblp.org/rec/conf/icml/LudziejewskiKA24> } }"), "the rejected link stays out");
    }

    @Test
    void refusesToWriteTheReviewOverTheDecisionsItReads() throws IOException {
        Path review = temp.resolve("curated-review.csv");
        Files.writeString(review, "decision,kind,subject,label,target,score,method,evidence\n",
                StandardCharsets.UTF_8);
        int code = link(published, temp.resolve(".").resolve("curated-review.csv"), "--decisions",
                review.toString(), "--output", temp.resolve("refused.trig").toString());
        assertEquals(4, code, out.toString());
        assertTrue(err.toString().contains("--decisions and --review name one file"), err.toString());
        assertFalse(Files.exists(temp.resolve("refused.trig")));
    }

    @Test
    void reportsOnTheCommandLineAreAnsweredWithWhatToDo() {
        int code = cli.execute("link", "--store", published.toString(), FIXTURES.resolve("report-a.txt").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("publish them first"), err.toString());
    }
}
