package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.cli.PublodCommand;
import org.publod.store.Tdb2Store;
import org.publod.vocab.SCHEMA;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The quality report over a real TDB2 store that {@code publod publish} filled with a report holding a rejected
 * entry and a warning, the example report, and a linkset: what {@code publod report} writes and what
 * {@code /quality} answers over real HTTP.
 */
class QualityReportIT {
    static final String BASE = TestReports.BASE;
    static final Path REJECTING = TestReports.GOLDEN.resolve("rejected-entry-is-left-out/input.txt");
    static final String ORCID = "https://orcid.org/0000-0002-1825-0097";

    @TempDir
    static Path temp;
    static Path directory;
    static Path review;
    static Tdb2Store store;
    static String linkedPublication;
    static String linkedYear;
    static String html;

    @BeforeAll
    static void publish() throws IOException {
        directory = temp.resolve("store");
        assertEquals(3, run("publish", "--store", directory.toString(), "--base", BASE, REJECTING.toString(),
                TestReports.example().toString()), "exit code 3: one entry was rejected");
        store = Tdb2Store.open(directory);
        StoreReader reader = new StoreReader(store.dataset());
        var row = reader.select("""
                SELECT ?publication ?year ?author { ?publication a fabio:Expression ; fabio:hasPublicationYear ?year ;
                  schema:author ?author } ORDER BY ?publication ?author""", 1).get(0);
        linkedPublication = row.getResource("publication").getURI();
        linkedYear = row.getLiteral("year").getLexicalForm();
        Graph links = GraphFactory.createDefaultGraph();
        links.add(NodeFactory.createURI(linkedPublication), SCHEMA.sameAs.asNode(),
                NodeFactory.createURI("https://dblp.org/rec/conf/icml/Example24"));
        links.add(row.getResource("author").asNode(), SCHEMA.sameAs.asNode(), NodeFactory.createURI(ORCID));
        store.replaceGraph(BASE + "graph/linkset", List.of(links).iterator());
        review = TestReports.write(temp, "review.csv", """
                decision,kind,subject,target,score,method,evidence
                ,person,Nowak J.,https://dblp.org/pid/00/0001,0.7,author alignment,"""
                + "\"\"\"Nowak J.\"\" is <b>Jan Nowak</b>\"\n"
                + "accept,publication,An Entry That Is Fine,https://dblp.org/rec/conf/icml/Fine19,0.9,title,same\n");
        html = QualityReport.html(store.dataset(), BASE, Optional.of(review));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void listsTheRejectedEntryWithItsReasonAndTheWarningByKind() {
        String rejected = section(html, "rejected");
        assertTrue(rejected.contains("Rejected entries (1)"), rejected);
        assertTrue(rejected.contains("<dt>input.txt:2</dt>"), rejected);
        assertTrue(rejected.contains("year: no year at the end of the entry"), rejected);
        String warnings = section(html, "warnings");
        assertTrue(warnings.contains("<td>dcterms:abstract</td>"), warnings);
        assertTrue(warnings.contains("input.txt:3: The entry has no abstract"), warnings);
        long abstractWarnings = new StoreReader(store.dataset()).select("""
                SELECT (COUNT(*) AS ?n) { ?f publod:rejected false ; publod:field "dcterms:abstract" }""").get(0)
                .getLiteral("n").getLong();
        assertTrue(warnings.contains("<h3>dcterms:abstract (" + abstractWarnings + ")</h3>"), warnings);
    }

    @Test
    void listsPersonsWithoutIdentifiersAndTheWaitingReviewRowsEscaped() {
        String persons = section(html, "persons");
        assertTrue(persons.contains("Nowak J."), persons);
        String rows = persons.substring(persons.indexOf("<tbody>"));
        assertFalse(rows.contains("<td>yes</td><td>yes</td>"), "a person with both identifiers is not listed");
        assertTrue(rows.contains("<td>yes</td><td>no</td>"), "the person with only an ORCID iD: " + rows);
        String queue = section(html, "review");
        assertTrue(queue.contains("1 candidates wait for a decision; 1 were accepted and 0 rejected"), queue);
        assertTrue(queue.contains("&lt;b&gt;Jan Nowak&lt;/b&gt;"), queue);
        assertFalse(queue.contains("An Entry That Is Fine"), "decided rows do not wait: " + queue);
    }

    @Test
    void chartsAreWellFormedSvgWithABarPerYearAndSeries() throws Exception {
        List<String> years = new StoreReader(store.dataset()).select("""
                SELECT DISTINCT ?year { ?p a fabio:Expression ; fabio:hasPublicationYear ?year } ORDER BY ?year""")
                .stream().map(row -> row.getLiteral("year").getLexicalForm()).toList();
        assertTrue(years.size() > 1, years.toString());
        List<String> svgs = svgs(html);
        assertEquals(2, svgs.size());
        Document publications = parse(svgs.get(0));
        List<String> titles = barTitles(publications);
        assertEquals(years.size(), titles.size(), titles.toString());
        for (int i = 0; i < years.size(); i++) {
            assertTrue(titles.get(i).startsWith(years.get(i) + ": publications "), titles.get(i));
        }
        List<String> coverage = barTitles(parse(svgs.get(1)));
        assertEquals(2 * years.size(), coverage.size(), coverage.toString());
        long inYear = new StoreReader(store.dataset()).select("""
                SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a fabio:Expression ; fabio:hasPublicationYear ?year .
                  FILTER (STR(?year) = "%s") }""".formatted(linkedYear)).get(0).getLiteral("n").getLong();
        String share = BarChart.number(Math.round(1000.0 / inYear) / 10.0);
        assertTrue(coverage.contains(linkedYear + ": publications with a dblp record " + share + "%"),
                coverage.toString());
        assertTrue(section(html, "years").contains("<td>" + linkedYear + "</td><td>" + inYear + "</td><td>1 ("
                + share + "%)</td>"), section(html, "years"));
    }

    @Test
    void theReportCommandWritesTheSamePage() throws IOException {
        Path output = temp.resolve("quality.html");
        store.close();
        try {
            assertEquals(0, run("report", "--store", directory.toString(), "--review", review.toString(), "-o",
                    output.toString()));
        } finally {
            store = Tdb2Store.open(directory);
        }
        String written = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(written.contains("<dt>input.txt:2</dt>"), written);
        assertEquals(svgs(html), svgs(written));
        assertEquals(4, run("report", "--store", directory.toString(), "--review", temp.resolve("none.csv")
                .toString(), "-o", output.toString()), "a missing review file is an input error");
    }

    @Test
    void servedAtQualityAsValidHtmlThatRunsNoScriptAndLinkedFromTheIndex() throws Exception {
        try (SparqlServer server = SparqlServer.create().dataset(store.dataset()).host("127.0.0.1").port(0)
                .publicBase(BASE).review(review).start();
             HtmlValidator validator = HtmlValidator.load()) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(server.localAddress()
                    + "quality")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("script-src " + Responses.SCRIPT_HASH + ";"), "only the pages' one hashed "
                    + "script may run: " + policy);
            assertFalse(page.body().contains("<script>"), "the report itself runs no script");
            assertEquals(List.of(), validator.errors(page.body(), BASE + "quality"));
            assertTrue(page.body().contains("<dt>input.txt:2</dt>"));
            assertTrue(page.body().contains("Jan Nowak"), "the review file given to the server");
            String index = client.send(HttpRequest.newBuilder(URI.create(server.localAddress())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(index.contains("href=\"" + BASE + "quality\""), index);
        }
    }

    @Test
    void republishingTheFixedReportClearsItsRejection() throws IOException {
        Path other = temp.resolve("republished");
        Path fixed = TestReports.write(temp, "input.txt", Files.readString(REJECTING, StandardCharsets.UTF_8)
                .replace("pp.1-2\n", "pp.1-2, 2019\n"));
        assertEquals(3, run("publish", "--store", other.toString(), "--base", BASE, REJECTING.toString()));
        assertEquals(0, run("publish", "--store", other.toString(), "--base", BASE, fixed.toString()));
        try (Tdb2Store republished = Tdb2Store.open(other)) {
            String page = QualityReport.html(republished.dataset(), BASE, Optional.empty());
            assertTrue(section(page, "rejected").contains("No entry was rejected."), section(page, "rejected"));
            assertTrue(section(page, "warnings").contains("input.txt:2: The entry has no abstract"));
        }
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        return PublodCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(args);
    }

    /** The part of the page from the heading with this id to the next h2. */
    private static String section(String page, String id) {
        int start = page.indexOf("<h2 id=\"" + id + "\"");
        assertTrue(start >= 0, "no section " + id);
        int end = page.indexOf("<h2", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static List<String> svgs(String page) {
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(page);
        List<String> found = new ArrayList<>();
        while (svg.find()) {
            found.add(svg.group());
        }
        return found;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        return document;
    }

    private static List<String> barTitles(Document svg) {
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("bar")) {
                titles.add(rect.getTextContent());
            }
        }
        return titles;
    }
}
