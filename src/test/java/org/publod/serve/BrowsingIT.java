package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.cli.PublodCommand;
import org.publod.store.Tdb2Store;
import org.publod.store.TextSearchIndex;

/**
 * Browsing and search over a store where lists are longer than a page: a generated report (whose people recur)
 * beside a report with Polish letters, served with pages of {@value #PAGE} entries and sitemaps of
 * {@value #SITEMAP} URLs. Every list is read through its pages to the end and compared with what SPARQL says the
 * whole list is; the search goes through the text index, accent- and case-free.
 */
class BrowsingIT {
    static final String BASE = "https://data.example.org/";
    static final int PAGE = 2;
    static final int SITEMAP = 40;
    static final String ACCENTED_TITLE = "Hetman Żółkiewski and the Łódź Tramway Timetable";
    static final String ACCENTED_REPORT = """
            Partner: S. Żółkiewski


            Prace konferencyjne
            1.Żółkiewski S., Cygan M., %s, ICML, The Forty-First International Conference on \
            Machine Learning, 2024-07-21/07-27, Wiedeń (AT), pp.1-2, 2024

            Streszczenie:

            How a seventeenth-century commander would have planned the trams of a city he never saw.

            Afiliacje autorów:

            Żółkiewski S.-IPPT PAN
            Cygan M.-other affiliation
            """;

    @TempDir
    static Path temp;
    static Tdb2Store store;
    static SparqlServer server;
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void publishAndServe() {
        Path generated = temp.resolve("generated.txt");
        cli("generate", "--entries", "300", "--seed", "18", "--defects", "0", "-o", generated.toString());
        Path accented = TestReports.write(temp, "accented.txt", ACCENTED_REPORT.formatted(ACCENTED_TITLE));
        Path directory = temp.resolve("store");
        cli("publish", "--store", directory.toString(), "--base", BASE, generated.toString(), accented.toString());
        store = Tdb2Store.open(directory);
        server = SparqlServer.create().dataset(store.dataset()).host("127.0.0.1").port(0).publicBase(BASE)
                .pageSize(PAGE).sitemapSize(SITEMAP).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void anAccentFreeSearchFindsTitlesAndNamesWithTheirLetters() {
        for (String text : List.of("zolkiewski", "ZOLKIEWSKI", "Żółkiewski", "lodz tramway")) {
            String html = get(BASE + "search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            List<String> results = listed(html, "results");
            assertFalse(results.isEmpty(), text);
            assertEquals(ACCENTED_TITLE, results.get(0), text + ": the best match first");
        }
        String html = get(BASE + "search?q=zolkiewski");
        assertTrue(listed(html, "persons").contains("Żółkiewski S."), html);
        assertEquals(List.of(), listed(get(BASE + "search?q=" + URLEncoder.encode("\"(*:", StandardCharsets.UTF_8)),
                "results"), "query syntax is text, and nothing is found by punctuation alone");
        assertEquals(List.of(), listed(get(BASE + "search?q=xylophonic"), "results"));
        try (QueryExecution endpoint = QueryExecutionHTTP.service(server.sparqlEndpoint()).query("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?title { (?publication ?score) text:query (dcterms:title "lodz OR authors:zolkiewski" 5) .
                  ?publication dcterms:title ?title } ORDER BY DESC(?score)""").build()) {
            assertEquals(ACCENTED_TITLE, endpoint.execSelect().next().getLiteral("title").getString(),
                    "the endpoint answers text:query");
        }
    }

    @Test
    void theTextIndexHoldsTitlesOfPublicationsOnly() {
        assertEquals(1, count("SELECT (COUNT(*) AS ?count) { ?report dcterms:title \"accented.txt\" }"),
                "the report file has a title");
        assertEquals(List.of(), titlesFound(store, "accented.txt"), "but the text index does not hold it");
        assertEquals(List.of(), listed(get(BASE + "search?q=accented.txt"), "results"));
    }

    @Test
    void theSearchFindsPublicationsByTheirAuthorsAndPagesThroughThem() {
        String person = mostPublishedPerson();
        String family = name(person).split(" ")[0];
        long byFamily = count("SELECT (COUNT(DISTINCT ?p) AS ?count) { ?p schema:author ?a . ?a schema:name ?n . "
                + "FILTER (STRSTARTS(?n, \"" + family + " \")) }");
        List<String> titles = allPages(BASE + "search?q=" + URLEncoder.encode(family, StandardCharsets.UTF_8),
                "results");
        assertTrue(titles.size() >= byFamily, titles.size() + " found, " + byFamily + " by authors named " + family);
        assertEquals(titles.size(), new HashSet<>(titles).size(), "no publication twice across the pages");
    }

    @Test
    void aPersonPagePagesThroughAllTheirPublications() {
        String person = mostPublishedPerson();
        long publications = count("SELECT (COUNT(DISTINCT ?p) AS ?count) { ?p schema:author <" + person + "> }");
        assertTrue(publications > 2 * PAGE, person + " has " + publications + " publications");
        String document = BASE + "doc/" + person.substring(BASE.length());
        String first = get(document);
        assertEquals(PAGE, listed(first, "publications").size());
        assertFalse(first.contains("rel=\"prev\""), "the first page has no previous");
        List<String> titles = allPages(document, "publications");
        assertEquals(publications, titles.size(), "every publication once, across " + titles.size() / PAGE + " pages");
        assertEquals(titles.size(), new HashSet<>(titles).size());
        List<String> years = new ArrayList<>();
        Matcher matcher = Pattern.compile("<h3>(\\d{4})</h3>").matcher(first);
        while (matcher.find()) {
            years.add(matcher.group(1));
        }
        assertEquals(years.stream().sorted((a, b) -> b.compareTo(a)).toList(), years, "newest year first");
    }

    @Test
    void theIndexBrowsesByYearTypeAndVenueAPageAtATime() {
        String index = get(BASE);
        String year = firstMatch(ServedStore.unescape(index), "href=\"" + Pattern.quote(BASE)
                + "browse\\?year=(\\d{4})\"");
        long ofYear = count("SELECT (COUNT(DISTINCT ?p) AS ?count) { ?p fabio:hasPublicationYear \"" + year
                + "\"^^xsd:gYear ; schema:author ?a }");
        assertTrue(index.contains(">" + year + "</a> (" + ofYear + ")"), "the index counts " + year);
        assertEquals(ofYear, allPages(BASE + "browse?year=" + year, "list").size());
        long articles = count("SELECT (COUNT(DISTINCT ?p) AS ?count) { ?p a fabio:JournalArticle ; schema:author ?a }");
        assertTrue(ServedStore.unescape(index).contains("browse?type=JournalArticle\">Journal article</a> ("
                + articles + ")"), index);
        assertEquals(articles, allPages(BASE + "browse?type=JournalArticle", "list").size());
        List<String> venueLinks = hrefsIn(get(BASE + "browse?by=venue"), "list");
        assertEquals(PAGE, venueLinks.size());
        String venue = ServedStore.unescape(venueLinks.get(0));
        String venueIri = java.net.URLDecoder.decode(venue.substring(venue.indexOf("venue=") + 6),
                StandardCharsets.UTF_8);
        long inVenue = count("SELECT (COUNT(DISTINCT ?p) AS ?count) { { ?p schema:isPartOf+ <" + venueIri + "> } "
                + "UNION { <" + venueIri + "> schema:workFeatured ?p } ?p schema:author ?a }");
        assertTrue(inVenue > 0, venueIri);
        assertEquals(inVenue, allPages(venue, "list").size(), venueIri);
        assertEquals(404, status(BASE + "browse?year=soon"));
    }

    @Test
    void anOrganisationPagePagesThroughItsMembers() {
        String organization = BASE + "organization/ippt-pan";
        long members = count("SELECT (COUNT(DISTINCT ?m) AS ?count) { ?m schema:affiliation <" + organization + "> }");
        assertTrue(members > PAGE, members + " members");
        assertEquals(members, allPages(BASE + "doc/organization/ippt-pan", "members").size());
    }

    @Test
    void theSitemapIndexListsEveryPageOnceWithThePublicationsFirst() throws Exception {
        String index = get(BASE + "sitemap.xml");
        assertTrue(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), index);
        List<String> sitemaps = locations(index);
        long resources = 0;
        for (String kind : SiteQueries.SITEMAP_KINDS) {
            resources += count("SELECT (COUNT(DISTINCT ?s) AS ?count) { " + kind + " FILTER (isIRI(?s)) }");
        }
        long pages = 2 + resources;
        assertEquals((pages + SITEMAP - 1) / SITEMAP, sitemaps.size(), "sitemaps of " + SITEMAP + " for " + pages);
        List<String> all = new ArrayList<>();
        for (String sitemap : sitemaps) {
            List<String> urls = locations(get(sitemap));
            assertTrue(urls.size() <= SITEMAP && !urls.isEmpty(), sitemap + ": " + urls.size());
            all.addAll(urls);
        }
        assertEquals(pages, all.size());
        assertEquals(all.size(), new HashSet<>(all).size(), "no page twice");
        long publications = count("SELECT (COUNT(DISTINCT ?s) AS ?count) { ?s a fabio:Expression ; schema:author ?a }");
        assertTrue(publications > SITEMAP, "the publications fill more than the first sitemap");
        for (int i = 2; i < 2 + publications; i++) {
            assertTrue(all.get(i).startsWith(BASE + "doc/publication/"), i + ": " + all.get(i));
        }
        assertTrue(all.get((int) publications + 2).startsWith(BASE + "doc/person/"), all.get((int) publications + 2));
        assertEquals(404, status(BASE + "sitemap/" + (sitemaps.size() + 1) + ".xml"));
    }

    @Test
    void aLargePublicationMergesTheTextIndexIntoOneSegmentASmallOneAddsOne(@TempDir Path own) throws Exception {
        Path directory = own.resolve("store");
        Path first = own.resolve("first.txt");
        Path larger = own.resolve("larger.txt");
        cli("generate", "--entries", "50", "--seed", "1", "--defects", "0", "-o", first.toString());
        cli("generate", "--entries", "150", "--seed", "2", "--defects", "0", "-o", larger.toString());
        Path small = TestReports.write(own, "accented.txt", ACCENTED_REPORT.formatted(ACCENTED_TITLE));
        cli("publish", "--store", directory.toString(), "--base", BASE, first.toString());
        cli("publish", "--store", directory.toString(), "--base", BASE, larger.toString());
        assertEquals(1, segments(directory), "over half of the index is new: merged into one segment");
        cli("publish", "--store", directory.toString(), "--base", BASE, small.toString());
        assertEquals(2, segments(directory), "one entry: a segment of its own beside the others");
        try (Tdb2Store published = Tdb2Store.open(directory)) {
            assertEquals(List.of(ACCENTED_TITLE), titlesFound(published, "zolkiewski"));
        }
    }

    private static int segments(Path store) throws IOException {
        try (Directory index = FSDirectory.open(store.resolve(TextSearchIndex.FOLDER))) {
            return SegmentInfos.readLatestCommit(index).size();
        }
    }

    @Test
    void republishingAReportReplacesItsTitlesInTheTextIndex(@TempDir Path own) throws Exception {
        Path directory = own.resolve("store");
        Path report = TestReports.write(own, "accented.txt", ACCENTED_REPORT.formatted(ACCENTED_TITLE));
        cli("publish", "--store", directory.toString(), "--base", BASE, report.toString());
        String renamed = "Stanisław Żółkiewski Plans Kraków Buses";
        Files.writeString(report, ACCENTED_REPORT.formatted(renamed));
        cli("publish", "--store", directory.toString(), "--base", BASE, report.toString());
        try (Tdb2Store republished = Tdb2Store.open(directory)) {
            assertEquals(List.of(), titlesFound(republished, "tramway"), "the old title is gone from the index");
            assertEquals(List.of(renamed), titlesFound(republished, "krakow"));
            assertEquals(List.of(renamed), titlesFound(republished, "zolkiewski"), "and it is there once");
        }
        deleteTree(directory.resolve(TextSearchIndex.FOLDER));
        try (Tdb2Store reopened = Tdb2Store.open(directory)) {
            assertEquals(List.of(renamed), titlesFound(reopened, "krakow"), "a missing index is built on opening");
        }
    }

    /** The titles the text index finds for the words, through jena-text's text:query over the store. */
    private static List<String> titlesFound(Tdb2Store target, String words) {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT DISTINCT ?title { ?p text:query (dcterms:title \"" + words + "\") ; dcterms:title ?title }";
        return Txn.calculateRead(target.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(target.dataset()).query(query).build()) {
                List<String> titles = new ArrayList<>();
                execution.execSelect().forEachRemaining(row -> titles.add(row.getLiteral("title").getString()));
                return titles;
            }
        });
    }

    private static void deleteTree(Path folder) throws Exception {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The links of a list on a page and all the pages after it, following rel="next". */
    private static List<String> allPages(String address, String listId) {
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<String> next = Optional.of(address);
        while (next.isPresent()) {
            assertTrue(seen.add(next.get()), "pages do not go round: " + next.get());
            String html = get(next.get());
            List<String> page = linked(html, listId);
            assertTrue(page.size() <= PAGE, next.get() + " holds " + page.size());
            texts.addAll(page);
            String following = next.get();
            next = Optional.ofNullable(firstMatchOrNull(html, "<a rel=\"next\" href=\"([^\"]*)\"")).map(
                    ServedStore::unescape);
            next.ifPresent(page2 -> assertTrue(get(page2).contains("rel=\"prev\""), page2 + " links back to "
                    + following));
        }
        return texts;
    }

    /** The link texts in the list (ul or ol) with this id, or of class publications (grouped by year). */
    private static List<String> listed(String html, String id) {
        List<String> texts = new ArrayList<>();
        Matcher lists = Pattern.compile("<ul (?:id|class)=\"" + id + "\">(.*?)</ul>", Pattern.DOTALL).matcher(html);
        while (lists.find()) {
            Matcher links = Pattern.compile("<a href=\"[^\"]*\">([^<]*)</a>").matcher(lists.group(1));
            while (links.find()) {
                texts.add(ServedStore.unescape(links.group(1)));
            }
        }
        return texts;
    }

    /** The links in the lists with this id or class. */
    private static List<String> linked(String html, String id) {
        List<String> hrefs = new ArrayList<>();
        Matcher lists = Pattern.compile("<ul (?:id|class)=\"" + id + "\">(.*?)</ul>", Pattern.DOTALL).matcher(html);
        while (lists.find()) {
            hrefs.addAll(ServedStore.hrefs(lists.group(1)));
        }
        return hrefs;
    }

    private static List<String> hrefsIn(String html, String id) {
        Matcher list = Pattern.compile("<ul id=\"" + id + "\">(.*?)</ul>", Pattern.DOTALL).matcher(html);
        assertTrue(list.find(), id);
        return ServedStore.hrefs(list.group(1));
    }

    private static List<String> locations(String xml) {
        List<String> urls = new ArrayList<>();
        Matcher matcher = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
        while (matcher.find()) {
            urls.add(ServedStore.unescape(matcher.group(1)));
        }
        return urls;
    }

    private static String mostPublishedPerson() {
        return select("SELECT ?person (COUNT(DISTINCT ?p) AS ?count) { ?p schema:author ?person } "
                + "GROUP BY ?person ORDER BY DESC(?count) ?person LIMIT 1").get(0).getResource("person").getURI();
    }

    private static String name(String person) {
        return select("SELECT ?name { <" + person + "> schema:name ?name } LIMIT 1").get(0).getLiteral("name")
                .getString();
    }

    private static long count(String query) {
        return select(query).get(0).getLiteral("count").getLong();
    }

    private static List<QuerySolution> select(String query) {
        return new StoreReader(store.dataset()).select(query);
    }

    private static String firstMatch(String text, String regex) {
        String found = firstMatchOrNull(text, regex);
        assertTrue(found != null, regex);
        return found;
    }

    private static String firstMatchOrNull(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String get(String publicUrl) {
        HttpResponse<String> response = send(publicUrl);
        assertEquals(200, response.statusCode(), publicUrl + ": " + response.body());
        return response.body();
    }

    private static int status(String publicUrl) {
        return send(publicUrl).statusCode();
    }

    private static HttpResponse<String> send(String publicUrl) {
        String local = server.localAddress() + publicUrl.substring(BASE.length());
        try {
            return CLIENT.send(HttpRequest.newBuilder(java.net.URI.create(local)).header("Accept", "text/html")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(publicUrl, e);
        }
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int exit = PublodCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(args);
        assertEquals(0, exit, String.join(" ", args) + ": " + err);
    }
}
