package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.vocab.SCHEMA;

/** {@code publod link}, {@code link index} and {@code link --evaluate} as a user runs them. */
class LinkCommandIT {
    private static final Path FIXTURES = Path.of("src/test/resources/link");
    private static final String BASE = "https://example.org/publod/";
    private static final Pattern SCORE = Pattern.compile(
            "(publication|person) links: precision ([0-9.]+), recall ([0-9.]+), F1 [0-9.]+");

    @TempDir
    static Path temp;

    private final CapturedCommandLine cli = new CapturedCommandLine();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    @BeforeAll
    static void index() {
        CapturedCommandLine indexing = new CapturedCommandLine();
        int code = indexing.execute("link", "index", "--dblp", FIXTURES.resolve("dblp-excerpt.ttl").toString(),
                "--index", temp.resolve("index").toString());
        assertEquals(0, code, indexing.out().toString());
    }

    private int execute(String... args) {
        return cli.execute(args);
    }

    private int link(Path output, Path review, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("link", "--base", BASE, "--index",
                temp.resolve("index").toString(), "--registry", FIXTURES.resolve("orcid-registry.csv").toString(),
                "--output", output.toString(), "--review", review.toString()));
        args.addAll(List.of(more));
        args.add(FIXTURES.resolve("report-a.txt").toString());
        args.add(FIXTURES.resolve("report-b.txt").toString());
        return execute(args.toArray(String[]::new));
    }

    @Test
    void evaluatePrintsPrecisionRecallAndF1AboveTheAcceptanceBar() {
        assertEquals(0, link(temp.resolve("eval.trig"), temp.resolve("eval-review.csv"), "--evaluate",
                FIXTURES.resolve("gold.csv").toString()), err.toString());
        Matcher matcher = SCORE.matcher(out.toString());
        int kinds = 0;
        while (matcher.find()) {
            kinds++;
            assertTrue(Double.parseDouble(matcher.group(2)) >= 0.98, matcher.group());
            assertTrue(Double.parseDouble(matcher.group(3)) >= 0.90, matcher.group());
        }
        assertEquals(2, kinds, out.toString());
        assertTrue(err.toString().contains("orcid-registry.csv:"), "the bad registry row is reported: " + err);
    }

    @Test
    void linksGoIntoTheStoresLinksetGraphAndLeaveTheReportGraphsAlone() {
        Path store = temp.resolve("link-store");
        String a = FIXTURES.resolve("report-a.txt").toString();
        String b = FIXTURES.resolve("report-b.txt").toString();
        assertEquals(0, execute("publish", "--store", store.toString(), "--base", BASE, a, b), err.toString());
        String reportTriples = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (STRENDS(STR(?g), \".txt\")) }";
        long before = count(store, reportTriples);

        assertEquals(0, execute("link", "--store", store.toString(), "--base", BASE, "--index",
                temp.resolve("index").toString(), "--registry", FIXTURES.resolve("orcid-registry.csv").toString(),
                "--review", temp.resolve("store-review.csv").toString(), a, b), err.toString());

        assertEquals(before, count(store, reportTriples), "the report graphs are unchanged");
        // The store's linkset holds the links a run writes to a file: the same persons and records linked.
        assertEquals(0, link(temp.resolve("same.trig"), temp.resolve("same-review.csv")), err.toString());
        Dataset file = RDFDataMgr.loadDataset(temp.resolve("same.trig").toString());
        Graph fileLinkset = file.asDatasetGraph().getGraph(NodeFactory.createURI(BASE + "graph/linkset"));
        long personLinks = fileLinkset.stream(null, SCHEMA.sameAs.asNode(), null)
                .filter(link -> link.getSubject().getURI().startsWith(BASE + "person/")).count();
        assertTrue(personLinks > 0, "the fixtures link persons");
        assertEquals(personLinks, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <" + BASE + "graph/linkset> { "
                + "?person schema:sameAs ?target } ?person a schema:Person }"));
        assertTrue(count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a fabio:Expression ; "
                + "schema:sameAs ?record FILTER (STRSTARTS(STR(?record), \"https://dblp.org/rec/\")) }") > 0,
                "publications are linked to dblp records");
    }

    private long count(Path store, String query) {
        out.getBuffer().setLength(0);
        assertEquals(0, execute("query", "--store", store.toString(), "--format", "csv", query), err.toString());
        return Long.parseLong(out.toString().strip().split("\\R")[1].strip());
    }

    @Test
    void secondRunGivesIdenticalLinks() {
        assertEquals(0, link(temp.resolve("first.trig"), temp.resolve("first.csv")), err.toString());
        assertEquals(0, link(temp.resolve("second.trig"), temp.resolve("second.csv")), err.toString());
        Dataset first = RDFDataMgr.loadDataset(temp.resolve("first.trig").toString());
        Dataset second = RDFDataMgr.loadDataset(temp.resolve("second.trig").toString());
        Graph a = first.asDatasetGraph().getGraph(NodeFactory.createURI(BASE + "graph/linkset"));
        assertTrue(a.size() > 1000, "linkset has " + a.size() + " triples");
        assertTrue(a.isIsomorphicWith(second.asDatasetGraph().getGraph(NodeFactory.createURI(BASE
                + "graph/linkset"))));
    }

    @Test
    void curatorDecisionsWinOverTheMatcher() throws IOException {
        Path review = temp.resolve("review.csv");
        assertEquals(0, link(temp.resolve("before.trig"), review), err.toString());
        List<String> rows = Files.readAllLines(review, StandardCharsets.UTF_8);
        String nowak = rows.stream().filter(row -> row.contains(",Nowak J.,https://dblp.org/pid/12/3401,"))
                .findFirst().orElseThrow();
        Path decisions = temp.resolve("decisions.csv");
        Files.write(decisions, List.of(rows.get(0), nowak.replaceFirst("^\"\"", "accept"),
                "reject,publication,Scaling Laws for Fine-Grained Mixture of Experts,"
                        + "https://dblp.org/rec/conf/icml/LudziejewskiKA24,,,"), StandardCharsets.UTF_8);

        assertEquals(0, link(temp.resolve("after.trig"), temp.resolve("after-review.csv"), "--decisions",
                decisions.toString()), err.toString());

        Graph links = RDFDataMgr.loadDataset(temp.resolve("after.trig").toString()).asDatasetGraph()
                .getGraph(NodeFactory.createURI(BASE + "graph/linkset"));
        Node nowakPerson = NodeFactory.createURI(BASE + "person/nowak-j");
        Node nowakPid = NodeFactory.createURI("https://dblp.org/pid/12/3401");
        assertTrue(links.contains(nowakPerson, SCHEMA.sameAs.asNode(), nowakPid));
        assertTrue(links.contains(nowakPerson, OWL.sameAs.asNode(), nowakPid), "a curated identity is certain");
        assertFalse(links.contains(Node.ANY, SCHEMA.sameAs.asNode(),
                NodeFactory.createURI("https://dblp.org/rec/conf/icml/LudziejewskiKA24")));
    }

    @Test
    void refusesToWriteTheReviewOverTheDecisionsItReads() throws IOException {
        Path review = temp.resolve("curated-review.csv");
        assertEquals(0, link(temp.resolve("first-run.trig"), review), err.toString());
        List<String> curated = Files.readAllLines(review, StandardCharsets.UTF_8);

        int code = link(temp.resolve("second-run.trig"), temp.resolve(".").resolve("curated-review.csv"),
                "--decisions", review.toString());

        assertEquals(4, code, out.toString());
        assertTrue(err.toString().contains("--decisions and --review name one file"), err.toString());
        assertEquals(curated, Files.readAllLines(review, StandardCharsets.UTF_8), "the decisions are untouched");
    }
}
