package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.model.Institute;
import org.publod.pipeline.Pipeline;
import org.publod.pipeline.PublishSettings;
import org.publod.pipeline.RunListener;
import org.publod.validate.ProfileValidator;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.SCHEMA;
import org.publod.vocab.VOID;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Linked Data front end over real HTTP: 303s, content negotiation, 406, 404, Vary, CORS, and the round trip
 * of IRIs with non-ASCII letters and percent-encodings. Every RDF document is compared, as a graph, with what
 * the SPARQL endpoint answers to the same description query; the JSON-LD of a resource with a schema.org type,
 * with its schema.org view made from what the endpoint answers to the view's query.
 */
class LinkedDataIT {
    static final String BASE = ServedStore.BASE;
    static final String PIORO = BASE + "person/pioro-m-68a646";
    /** Pióro's IRI as publod published it before its IRIs were ASCII. */
    static final String LEGACY_PIORO = BASE + "person/pióro-m";
    static final String PAPER = BASE
            + "publication/2024/mixture-of-tokens-continuous-moe-through-cross-example-0ad0ef";
    /** The paper's IRI before publications were keyed: its year and title alone. */
    static final String TITLE_KEYED_PAPER = BASE
            + "publication/2024/mixture-of-tokens-continuous-moe-through-cross-example-aggregation";
    /** The IRI that an abstract and the paper of one title and year shared before publications were keyed. */
    static final String SHARED = BASE + "publication/2023/fatigue-cracks-in-additively-manufactured-titanium";
    /** IRIs that hold percent-encodings themselves, as the minter makes of letters it cannot fold (CJK). */
    static final String SPACED = BASE + "report/annual%20report%202024.txt";
    static final String ENCODED = BASE + "report/r%C3%A9sum%C3%A9.txt";
    /** Resources with a schema.org type: their JSON-LD is the schema.org view, not the full profile. */
    static final List<String> SCHEMA_ORG_VIEWS = List.of(PAPER, PIORO, BASE + "organization/ippt-pan",
            BASE + "event/neurips-2024-12-10", BASE + "journal/0020-7683");

    @TempDir
    static Path temp;
    static ServedStore served;

    @BeforeAll
    static void publishAndServe() {
        Model extra = ModelFactory.createDefaultModel();
        extra.createResource(SPACED).addProperty(DCTERMS.title, "annual report 2024.txt");
        extra.createResource(ENCODED).addProperty(DCTERMS.title, "résumé.txt");
        Graph abstractAndPaper = GraphFactory.createDefaultGraph();
        new Pipeline(new PublishSettings(BASE, Institute.ipptPan(), StandardCharsets.UTF_8),
                ProfileValidator.bundled(), TestReports.FIXED_CLOCK).run(TestReports.write(temp,
                        "zielinska-2023.txt", TestReports.ABSTRACT_AND_PAPER), (graph, parts) -> {
                            parts.forEachRemaining(part -> part.find().forEach(abstractAndPaper::add));
                            return abstractAndPaper.size();
                        }, RunListener.NONE);
        served = ServedStore.publish(temp, BASE, extra.getGraph(), abstractAndPaper);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void everyMintedIriAnswers303ToADocumentServedAsHtmlAndTurtle() {
        Set<String> iris = mintedIris();
        assertTrue(iris.size() > 80, "found only " + iris.size() + " IRIs");
        for (String iri : iris) {
            assertEquals(IriText.toUri(iri), iri, "a minted IRI is a URI");
            String document = served.documentOf(iri);
            assertEquals(BASE + "doc/" + iri.substring(BASE.length()), document);
            assertEquals(200, served.get(served.local(document), "Accept", "text/html").statusCode(), iri);
            assertEquals(200, served.get(served.local(document), "Accept", "text/turtle").statusCode(), iri);
        }
    }

    @Test
    void servesEachFormatByAcceptAndByFormatParameterWithVaryAccept() {
        String document = served.local(served.documentOf(PAPER));
        for (MediaFormat format : MediaFormat.ALL) {
            HttpResponse<String> byAccept = served.get(document, "Accept", format.mediaType());
            HttpResponse<String> byName = served.get(document + "?format=" + format.formatName(),
                    "Accept", "text/html");
            for (HttpResponse<String> response : List.of(byAccept, byName)) {
                assertEquals(200, response.statusCode(), format + ": " + response.body());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(format.mediaType()),
                        format + ": " + response.headers().firstValue("Content-Type"));
                assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")),
                        format + ": Vary is " + response.headers().allValues("Vary"));
            }
            assertEquals(byAccept.body(), byName.body(), format.toString());
        }
        assertTrue(served.get(served.local(PIORO) + "?format=ttl").headers()
                .firstValue("Location").orElse("").endsWith("?format=ttl"), "the 303 keeps ?format=");
    }

    @Test
    void eachRdfDocumentIsIsomorphicToTheDescriptionQueryAskedAtTheEndpoint() {
        List<String> iris = List.of(PAPER, PIORO, PAPER + "/author/1", BASE + "organization/ippt-pan",
                BASE + "event/neurips-2024-12-10", BASE + "report/ippt-example.txt", BASE + "dataset", SPACED);
        for (String iri : iris) {
            Model expected = QueryExecutionHTTP.service(served.server().sparqlEndpoint())
                    .query(ResourceDescriber.query(iri)).construct();
            assertTrue(expected.size() > 0, iri);
            String document = served.local(served.documentOf(iri));
            for (MediaFormat format : MediaFormat.RDF) {
                if (format == MediaFormat.JSON_LD && SCHEMA_ORG_VIEWS.contains(iri)) {
                    continue; // JSON-LD gives these the schema.org view, checked below
                }
                HttpResponse<String> response = served.get(document, "Accept", format.mediaType());
                Model actual = parse(response.body(), format.lang().orElseThrow());
                assertTrue(expected.isIsomorphicWith(actual), iri + " as " + format + ": " + difference(expected,
                        actual));
            }
        }
    }

    @Test
    void thePageQueryAskedAtTheEndpointGivesWhatAPageIsMadeOf() {
        ResourceDescriber describer = new ResourceDescriber(new StoreReader(served.store().dataset()));
        for (String iri : List.of(PAPER, PIORO, BASE + "organization/ippt-pan", BASE + "event/neurips-2024-12-10")) {
            for (boolean listing : List.of(false, true)) {
                Model expected = QueryExecutionHTTP.service(served.server().sparqlEndpoint())
                        .query(ResourceDescriber.pageQuery(iri, listing)).construct();
                Model page = describer.page(iri, listing);
                assertTrue(expected.size() > 0 && expected.isIsomorphicWith(page), iri + " listing " + listing
                        + ": " + difference(expected, page));
            }
        }
    }

    @Test
    void theJsonLdOfAResourceWithASchemaOrgTypeIsItsSchemaOrgViewAskedAtTheEndpoint() {
        for (String iri : SCHEMA_ORG_VIEWS) {
            Model view = QueryExecutionHTTP.service(served.server().sparqlEndpoint())
                    .query(SchemaOrgJsonLd.query(iri)).construct();
            String expected = SchemaOrgJsonLd.write(view, iri).orElseThrow();
            String document = served.local(served.documentOf(iri));
            assertEquals(expected, served.get(document, "Accept", "application/ld+json").body(), iri);
            assertEquals(expected, served.get(document + "?format=jsonld").body(), iri);
        }
    }

    @Test
    void thePublicationsJsonLdListsItsAuthorsInTheirOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(served.get(served.local(served.documentOf(PAPER))
                + "?format=jsonld").body());
        assertEquals(SCHEMA.NS, root.get("@context").asText());
        assertEquals(PAPER, root.get("@id").asText());
        assertEquals("Mixture of Tokens: Continuous MoE through Cross-Example Aggregation",
                root.get("headline").asText());
        assertEquals("2024", root.get("datePublished").asText());
        List<String> authors = new ArrayList<>();
        root.get("author").forEach(author -> authors.add(author.get("name").asText()));
        assertEquals(List.of("Antoniak S.", "Krutul M.", "Pióro M.", "Krajewski J.", "Ludziejewski J.",
                "Ciebiera K.", "Król K.", "Odrzygóźdź T.", "Cygan M.", "Jaszczur S."), authors);
    }

    @Test
    void answers406WithAReadableBodyWhenNoFormatFits() {
        String document = served.local(served.documentOf(PAPER));
        for (HttpResponse<String> response : List.of(served.get(document, "Accept", "image/png"),
                served.get(document, "Accept", "text/turtle;q=0, text/*;q=0, */*;q=0"),
                served.get(document + "?format=pdf"))) {
            assertEquals(406, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertTrue(response.body().contains("text/turtle") && response.body().contains("?format=jsonld"),
                    response.body());
        }
        assertEquals(406, served.get(served.local(BASE + "search"), "Accept", "text/turtle").statusCode());
    }

    @Test
    void answers404ForIrisNotInTheStore() {
        for (String path : List.of("person/nobody-x", "doc/person/nobody-x", "publication/2024", "favicon.ico",
                "doc/", "person/pi%C3%B3ro-m-x", "doc/person/%3Cscript%3E")) {
            HttpResponse<String> response = served.get(served.server().localAddress() + path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().startsWith("404"), response.body());
        }
    }

    @Test
    void corsIsOpenOnDocumentsRedirectsAndTheSparqlEndpoint() {
        String origin = "https://client.example";
        String resource = served.local(PIORO);
        String document = served.local(served.documentOf(PIORO));
        String query = served.server().sparqlEndpoint() + "?query=ASK%7B%7D";
        for (String url : List.of(resource, document, query)) {
            HttpResponse<String> response = served.get(url, "Origin", origin, "Accept", "application/ld+json");
            assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), url);
        }
        for (String url : List.of(document, served.server().sparqlEndpoint())) {
            HttpResponse<String> preflight = served.send(HttpRequest.newBuilder(URI.create(url))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").build());
            assertTrue(preflight.statusCode() < 300, url + ": " + preflight.statusCode());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"), url);
        }
    }

    @Test
    void irisWithPercentEncodingsRoundTrip() {
        for (String path : List.of("report/r%C3%A9sum%C3%A9.txt", "report/r%c3%a9sum%c3%a9.txt")) {
            HttpResponse<String> response = served.get(served.server().localAddress() + path);
            assertEquals(303, response.statusCode(), path);
            assertEquals(BASE + "doc/report/r%C3%A9sum%C3%A9.txt",
                    response.headers().firstValue("Location").orElseThrow());
        }
        for (String iri : List.of(PIORO, SPACED, ENCODED)) {
            String document = served.documentOf(iri);
            Model description = parse(served.get(served.local(document), "Accept", "application/n-triples").body(),
                    Lang.NTRIPLES);
            assertTrue(description.containsResource(description.createResource(iri)), iri + " at " + document);
        }
        assertEquals(BASE + "doc/report/annual%20report%202024.txt", served.documentOf(SPACED));
        assertEquals(BASE + "doc/report/r%C3%A9sum%C3%A9.txt", served.documentOf(ENCODED));
        String page = served.get(served.local(served.documentOf(PAPER)), "Accept", "text/html").body();
        assertTrue(ServedStore.hrefs(page).contains(PIORO), "the page links to Pióro");
    }

    /**
     * A client that kept Pióro's earlier Unicode IRI sends it percent-encoded, in any of the spellings RFC 3986
     * allows, and is moved permanently to the current IRI, which leads on (303) to a document about itself that
     * also states the replacement.
     */
    @Test
    void anEarlierUnicodeIriIsMovedPermanentlyToTheCurrentOne() {
        for (String path : List.of("person/pi%C3%B3ro-m", "person/pi%c3%b3ro-m", "person/pi%C3%B3r%6F-m")) {
            HttpResponse<String> moved = served.get(served.server().localAddress() + path, "Accept", "text/turtle");
            assertEquals(301, moved.statusCode(), path + ": " + moved.body());
            assertEquals(PIORO, moved.headers().firstValue("Location").orElseThrow(), path);
        }
        String current = served.get(served.local(IriText.toUri(LEGACY_PIORO)), "Accept", "text/turtle").headers()
                .firstValue("Location").orElseThrow();
        HttpResponse<String> seeOther = served.get(served.local(current), "Accept", "text/turtle");
        assertEquals(303, seeOther.statusCode(), seeOther.body());
        HttpResponse<String> document = served.get(served.local(seeOther.headers().firstValue("Location")
                .orElseThrow()), "Accept", "text/turtle");
        Model turtle = parse(document.body(), Lang.TURTLE);
        Resource fetched = turtle.createResource(current);
        assertTrue(turtle.contains(fetched, SCHEMA.name, "Pióro M."), document.body());
        assertTrue(turtle.contains(turtle.createResource(LEGACY_PIORO), DCTERMS.isReplacedBy, fetched),
                document.body());
    }

    @Test
    void everyIriReplacedByOneResourceIsMovedPermanentlyToIt() {
        Map<String, List<String>> replaced = new TreeMap<>();
        new StoreReader(served.store().dataset()).select("SELECT ?old ?current { ?old <"
                + DCTERMS.isReplacedBy.getURI() + "> ?current }").forEach(row -> replaced.computeIfAbsent(
                        row.getResource("old").getURI(), old -> new ArrayList<>())
                .add(row.getResource("current").getURI()));
        assertTrue(replaced.containsKey(LEGACY_PIORO), replaced.toString());
        assertEquals(List.of(PAPER), replaced.get(TITLE_KEYED_PAPER));
        replaced.forEach((old, currents) -> {
            if (currents.size() == 1) {
                String current = currents.get(0);
                HttpResponse<String> moved = served.get(served.local(IriText.toUri(old)));
                assertEquals(301, moved.statusCode(), old);
                assertEquals(current, moved.headers().firstValue("Location").orElseThrow(), old);
                assertEquals(BASE + "doc/" + current.substring(BASE.length()), served.documentOf(current), current);
            }
        });
    }

    @Test
    void aPublicationsIriKeyedByItsTitleIsMovedPermanentlyToItsKeyedIri() {
        HttpResponse<String> moved = served.get(served.local(TITLE_KEYED_PAPER), "Accept", "text/turtle");

        assertEquals(301, moved.statusCode(), moved.body());
        assertEquals(PAPER, moved.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> role = served.get(served.local(TITLE_KEYED_PAPER + "/author/2"));
        assertEquals(301, role.statusCode(), role.body());
        assertEquals(PAPER + "/author/2", role.headers().firstValue("Location").orElseThrow());
    }

    /**
     * The IRI that an abstract and its paper shared names neither alone: it keeps its own document, which states
     * both replacements with the titles and types of both, in RDF and on its page.
     */
    @Test
    void anIriReplacedByTwoPublicationsHasADocumentListingBoth() {
        Set<String> both = new StoreReader(served.store().dataset()).select("SELECT ?current { <" + SHARED + "> <"
                + DCTERMS.isReplacedBy.getURI() + "> ?current }").stream()
                .map(row -> row.getResource("current").getURI()).collect(Collectors.toSet());
        assertEquals(2, both.size(), both.toString());

        String document = served.documentOf(SHARED);
        HttpResponse<String> turtle = served.get(served.local(document), "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        Model model = parse(turtle.body(), Lang.TURTLE);
        for (String current : both) {
            assertTrue(model.contains(model.createResource(SHARED), DCTERMS.isReplacedBy,
                    model.createResource(current)), turtle.body());
            assertTrue(model.contains(model.createResource(current), DCTERMS.title,
                    "Fatigue Cracks in Additively Manufactured Titanium"), turtle.body());
        }
        HttpResponse<String> page = served.get(served.local(document), "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(ServedStore.hrefs(page.body()).containsAll(both), page.body());
    }

    @Test
    void anEarlierDocumentAddressIsMovedPermanentlyToTheCurrentDocument() {
        HttpResponse<String> moved = served.get(served.server().localAddress() + "doc/person/pi%C3%B3ro-m?format=ttl");

        assertEquals(301, moved.statusCode(), moved.body());
        assertEquals(served.documentOf(PIORO) + "?format=ttl", moved.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void discoveryServesVoidSitemapAndRobots() throws Exception {
        HttpResponse<String> voidDescription = served.get(served.server().localAddress() + ".well-known/void",
                "Accept", "text/turtle");
        assertEquals(200, voidDescription.statusCode());
        Model expected = QueryExecutionHTTP.service(served.server().sparqlEndpoint())
                .query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?d a <" + VOID.Dataset.getURI() + "> ; <"
                        + VOID.uriSpace.getURI() + "> \"" + BASE + "\" . ?s ?p ?o } }").construct();
        assertTrue(expected.isIsomorphicWith(parse(voidDescription.body(), Lang.TURTLE)));
        assertTrue(voidDescription.body().contains("void:sparqlEndpoint"));

        HttpResponse<String> sitemap = served.get(served.server().localAddress() + "sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertTrue(sitemap.body().contains("<sitemapindex"), "a sitemap index: " + sitemap.body());
        List<String> sitemaps = sitemapLocations(sitemap.body());
        assertEquals(List.of(BASE + "sitemap/1.xml"), sitemaps, "a small store fits one sitemap");
        HttpResponse<String> first = served.get(served.local(sitemaps.get(0)));
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        List<String> locations = sitemapLocations(first.body());
        assertTrue(locations.contains(BASE + "doc/person/pioro-m-68a646"), locations.toString());
        assertTrue(locations.contains(served.documentOf(PAPER)));

        String robots = served.get(served.server().localAddress() + "robots.txt").body();
        assertTrue(robots.contains("Sitemap: " + BASE + "sitemap.xml"), robots);
        assertTrue(robots.contains("Disallow: /publod/sparql"), robots);
    }

    @Test
    void everyLinkOnEveryPageUsesThePublicBase() {
        List<String> pages = List.of(BASE, BASE + "search?q=Mixture", BASE + "sparql", BASE + ".well-known/void",
                served.documentOf(PAPER), served.documentOf(PIORO), served.documentOf(BASE + "organization/ippt-pan"),
                served.documentOf(BASE + "event/neurips-2024-12-10"), served.documentOf(PAPER + "/author/1"));
        for (String page : pages) {
            HttpResponse<String> response = served.get(served.local(page), "Accept", "text/html");
            assertEquals(200, response.statusCode(), page);
            List<String> hrefs = ServedStore.hrefs(response.body());
            assertFalse(hrefs.isEmpty(), page);
            for (String href : hrefs) {
                assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.equals("data:,"),
                        page + " has a relative link " + href);
            }
            assertTrue(hrefs.stream().filter(href -> href.startsWith(BASE)).count() >= 4, page);
            assertFalse(response.body().contains(served.server().localAddress()), page);
        }
    }

    /** Every IRI under the base that the store names, without its fragment, but the SPARQL endpoint's own. */
    /** The IRIs under the base that the store describes, without those it says were replaced. */
    private static Set<String> mintedIris() {
        Set<String> iris = new TreeSet<>();
        Dataset dataset = served.store().dataset();
        new StoreReader(dataset).select("SELECT DISTINCT ?x { { ?x ?p ?o } UNION { ?s ?p ?x } FILTER (isIRI(?x)"
                + " && STRSTARTS(STR(?x), \"" + BASE + "\")) FILTER NOT EXISTS { ?x <"
                + DCTERMS.isReplacedBy.getURI() + "> ?current } }").forEach(row -> {
                    String iri = row.getResource("x").getURI();
                    if (!iri.startsWith(BASE + SparqlServer.DATASET_PATH.substring(1) + "/")) {
                        iris.add(iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri);
                    }
                });
        return iris;
    }

    /** The {@code <loc>} values of a sitemap, read by an XML parser. */
    private static List<String> sitemapLocations(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        List<String> locations = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("loc");
        for (int i = 0; i < nodes.getLength(); i++) {
            locations.add(nodes.item(i).getTextContent());
        }
        return locations;
    }

    private static Model parse(String body, Lang lang) {
        if (lang.equals(Lang.TRIG)) {
            Dataset dataset = DatasetFactory.create();
            RDFParser.fromString(body, lang).parse(dataset);
            assertFalse(dataset.listNames().hasNext(), "the TriG document has no named graphs");
            return dataset.getDefaultModel();
        }
        return RDFParser.fromString(body, lang).toModel();
    }

    private static String difference(Model expected, Model actual) {
        return "missing " + expected.difference(actual).listStatements().toList() + ", unexpected "
                + actual.difference(expected).listStatements().toList();
    }
}
