package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citations over real HTTP from a real TDB2 store holding the example report, the journal articles and the hostile
 * report: offered by Accept and {@code ?format=} on publication and author documents (and refused with 406 on
 * others), read back by JBibTeX and citeproc-java with titles, authors in order, years, pages and DOIs intact; the
 * citations of a SELECT result at {@code cite}; and the "Cite" block of a publication's page.
 */
class CitationsIT {
    static final String BASE = ServedStore.BASE;
    static final String PAPER = BASE
            + "publication/2024/mixture-of-tokens-continuous-moe-through-cross-example-0ad0ef";
    static final String ARTICLE = BASE + "publication/doi/10.1016-j.ijsolstr.2024.112345-9c0da7";
    static final String CYGAN = BASE + "person/cygan-m";
    static final List<String> PAPER_AUTHORS = List.of("Antoniak", "Krutul", "Pióro", "Krajewski", "Ludziejewski",
            "Ciebiera", "Król", "Odrzygóźdź", "Cygan", "Jaszczur");
    static final List<String> CITATION_TYPES = List.of("application/x-bibtex", "application/x-research-info-systems",
            "application/vnd.citationstyles.csl+json");

    @TempDir
    static Path temp;
    static ServedStore served;

    @BeforeAll
    static void publishAndServe() {
        served = ServedStore.publish(temp, BASE);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void publicationAndAuthorDocumentsAreOfferedInEachCitationFormatByAcceptAndByName() {
        for (String iri : List.of(PAPER, CYGAN)) {
            String document = served.local(served.documentOf(iri));
            for (String name : List.of("bibtex", "ris", "csl")) {
                String mediaType = CITATION_TYPES.get(List.of("bibtex", "ris", "csl").indexOf(name));
                HttpResponse<String> byAccept = served.get(document, "Accept", mediaType);
                HttpResponse<String> byName = served.get(document + "?format=" + name, "Accept", "text/html");
                for (HttpResponse<String> response : List.of(byAccept, byName)) {
                    assertEquals(200, response.statusCode(), iri + " " + name + ": " + response.body());
                    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType),
                            response.headers().toString());
                    assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
                }
                assertEquals(byAccept.body(), byName.body(), iri + " " + name);
            }
        }
        assertTrue(served.get(served.local(served.documentOf(PAPER)), "Accept", "text/html, */*;q=0.8")
                .headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "browsers still get HTML");
    }

    @Test
    void anAuthorsBibliographyHoldsEachOfTheirPublicationsOnceWithUniqueKeys() {
        long expected = QueryExecutionHTTP.service(served.server().sparqlEndpoint()).query(
                "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p <http://schema.org/author> <" + CYGAN + "> }").select()
                .next().getLiteral("n").getLong();
        assertTrue(expected >= 3, "Cygan M. wrote " + expected);
        String bibTex = served.get(served.local(served.documentOf(CYGAN)) + "?format=bibtex").body();
        List<BibTeXEntry> entries = CitationParsers.bibTex(bibTex);
        assertEquals(expected, entries.size(), bibTex);
        assertEquals(expected, entries.stream().map(entry -> entry.getKey().getValue()).distinct().count());
        assertEquals(expected, CitationParsers.cslJson(served.get(served.local(served.documentOf(CYGAN))
                + "?format=csl").body()).size());
        assertEquals(expected, CitationParsers.ris(served.get(served.local(served.documentOf(CYGAN))
                + "?format=ris").body()).size());
    }

    @Test
    void anAuthorsPageLinksToTheirBibliographyInEachFormat() {
        String page = served.get(served.local(served.documentOf(CYGAN)), "Accept", "text/html").body();
        Matcher links = Pattern.compile("<a href=\"([^\"]*)\" type=\"([^\"]*)\">").matcher(page.substring(
                page.indexOf("<p id=\"cite-all\">")));
        List<String> types = new ArrayList<>();
        while (links.find() && types.size() < CITATION_TYPES.size()) {
            HttpResponse<String> bibliography = served.get(served.local(ServedStore.unescape(links.group(1))));
            assertEquals(200, bibliography.statusCode(), links.group(1));
            assertTrue(bibliography.headers().firstValue("Content-Type").orElse("").startsWith(links.group(2)));
            types.add(links.group(2));
        }
        assertEquals(CITATION_TYPES, types);
    }

    @Test
    void theExamplesTitlesAuthorsYearsPagesAndDoisSurviveEachFormatsParser() {
        String document = served.local(served.documentOf(PAPER));
        BibTeXEntry entry = CitationParsers.bibTex(served.get(document + "?format=bibtex").body()).get(0);
        assertEquals("inproceedings", entry.getType().getValue());
        assertEquals("Mixture of Tokens: Continuous MoE through Cross-Example Aggregation",
                CitationParsers.field(entry, "title"));
        assertEquals("2024", CitationParsers.field(entry, "year"));
        assertEquals("The Thirty-Eighth Annual Conference on Neural Information Processing Systems",
                CitationParsers.field(entry, "booktitle"));
        List<CSLItemData> fromBibTex = CitationParsers.bibTexItems(served.get(document + "?format=bibtex").body());
        List<CSLItemData> fromCsl = CitationParsers.cslJson(served.get(document + "?format=csl").body());
        List<CSLItemData> fromRis = CitationParsers.ris(served.get(document + "?format=ris").body());
        for (List<CSLItemData> items : List.of(fromBibTex, fromCsl, fromRis)) {
            CSLItemData item = items.get(0);
            assertEquals("Mixture of Tokens: Continuous MoE through Cross-Example Aggregation", item.getTitle());
            assertEquals(PAPER_AUTHORS, CitationParsers.families(item));
            assertEquals("2024", CitationParsers.year(item));
        }
        String rendered = CitationParsers.bibliography("apa", fromCsl);
        assertTrue(rendered.contains("Pióro, M.") && rendered.contains("Odrzygóźdź, T., Cygan, M., & Jaszczur, S."),
                rendered);

        String article = served.local(served.documentOf(ARTICLE));
        for (String format : List.of("csl", "ris", "bibtex")) {
            String body = served.get(article + "?format=" + format).body();
            CSLItemData item = (format.equals("csl") ? CitationParsers.cslJson(body) : format.equals("ris")
                    ? CitationParsers.ris(body) : CitationParsers.bibTexItems(body)).get(0);
            assertEquals("10.1016/j.ijsolstr.2024.112345", item.getDOI(), format);
            assertEquals("290", item.getVolume(), format);
            assertEquals("3", format.equals("bibtex") // BibTeX's field is "number", which citeproc-java does not map
                    ? CitationParsers.field(CitationParsers.bibTex(body).get(0), "number") : item.getIssue(), format);
            assertEquals("Wiśniewska-Kowalska", CitationParsers.families(item).get(2), format);
            if (!format.equals("ris")) { // citeproc-java reads RIS's "Last, First, Suffix" in BibTeX's order
                assertEquals("Smith, Jr", CitationParsers.families(item).get(1), format + ": \"Smith Jr J.\"");
            }
            assertTrue(item.getPage().startsWith("112345-1"), format + ": " + item.getPage());
        }
    }

    @Test
    void otherResourcesAnswer406ForACitationFormatAndListWhatTheyHave() {
        String organization = served.local(served.documentOf(BASE + "organization/ippt-pan"));
        for (HttpResponse<String> response : List.of(served.get(organization, "Accept", "application/x-bibtex"),
                served.get(organization + "?format=ris"))) {
            assertEquals(406, response.statusCode(), response.body());
            assertTrue(response.body().contains("text/turtle"), response.body());
            assertFalse(response.body().contains("?format=bibtex"), response.body());
        }
        assertTrue(served.get(organization, "Accept", "application/x-bibtex, text/turtle;q=0.5").headers()
                .firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> publication = served.get(served.local(served.documentOf(PAPER)) + "?format=pdf");
        assertEquals(406, publication.statusCode());
        assertTrue(publication.body().contains("application/x-bibtex  (or ?format=bibtex)"), publication.body());
    }

    @Test
    void citeAnswersTheCitationsOfTheSelectResultsPublicationColumn() {
        String query = "SELECT ?title ?article { ?article a fabio:JournalArticle ; dcterms:title ?title } "
                + "ORDER BY ?title";
        List<String> expected = new ArrayList<>();
        QueryExecutionHTTP.service(served.server().sparqlEndpoint()).query(ResourceDescriber.prologue() + query)
                .select().forEachRemaining((QuerySolution row) -> expected.add(row.getLiteral("title")
                        .getLexicalForm()));
        assertTrue(expected.size() >= 2, expected.toString());
        String cite = served.server().localAddress() + "cite?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> ris = served.get(cite, "Accept", "application/x-research-info-systems");
        assertEquals(200, ris.statusCode(), ris.body());
        assertEquals(expected, CitationParsers.ris(ris.body()).stream().map(CSLItemData::getTitle).toList());
        assertEquals(expected, CitationParsers.cslJson(served.get(cite + "&format=csl").body()).stream()
                .map(CSLItemData::getTitle).toList());
        assertEquals(406, served.get(cite, "Accept", "text/html").statusCode());
        for (String bad : List.of("CONSTRUCT WHERE { ?s ?p ?o }", "SELECT ?x {", "")) {
            HttpResponse<String> response = served.get(served.server().localAddress() + "cite?query="
                    + URLEncoder.encode(bad, StandardCharsets.UTF_8));
            assertEquals(400, response.statusCode(), bad);
            assertTrue(response.body().startsWith("400: "), response.body());
        }
    }

    @Test
    void aPublicationPageCarriesItsBibTexAndTheScriptItsPolicyAllows() throws NoSuchAlgorithmException {
        String document = served.local(served.documentOf(PAPER));
        HttpResponse<String> page = served.get(document, "Accept", "text/html");
        Matcher pre = Pattern.compile("<pre id=\"bibtex\">(.*?)</pre>", Pattern.DOTALL).matcher(page.body());
        assertTrue(pre.find(), "no BibTeX block");
        assertEquals(served.get(document + "?format=bibtex").body(), ServedStore.unescape(pre.group(1)));
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertTrue(script.find(), "no copy script");
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8))) + "'";
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src " + hash + ";"), policy + " does not allow " + hash);
        for (String type : CITATION_TYPES) {
            assertTrue(page.body().contains("type=\"" + type + "\""), "a link to the citation as " + type);
        }
    }
}
