package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.cli.PublodCommand;
import org.publod.store.Tdb2Store;

/**
 * Google Scholar's tags where the data has them, on pages served from a real store that {@code publish --link} filled
 * and linked to ORCID iDs (with the link fixtures' dblp excerpt and ORCID registry): each author's
 * institutions and ORCID iD right after the author's tag, and a journal's ISSN right after its title.
 */
class ScholarTagsIT {
    static final String BASE = ServedStore.BASE;
    static final Path LINK = Path.of("src/test/resources/link");
    static final String ARTICLE = BASE + "publication/doi/10.1016-j.ijsolstr.2024.112345-9c0da7";
    static final String IPPT = "Institute of Fundamental Technological Research, Polish Academy of Sciences";
    private static final Pattern META = Pattern.compile("<meta name=\"(citation_[a-z_]+)\" content=\"([^\"]*)\">");

    @TempDir
    static Path temp;
    static Tdb2Store store;
    static SparqlServer server;

    @BeforeAll
    static void publishLinkAndServe() {
        Path directory = temp.resolve("store");
        String report = LINK.resolve("report-a.txt").toString();
        run("link", "index", "--dblp", LINK.resolve("dblp-excerpt.ttl").toString(), "--index",
                temp.resolve("index").toString());
        run("publish", "--store", directory.toString(), "--base", BASE, "--link", "--index",
                temp.resolve("index").toString(), "--registry", LINK.resolve("orcid-registry.csv").toString(),
                "--review", temp.resolve("review.csv").toString(), report, ServedStore.JOURNAL_REPORT.toString());
        store = Tdb2Store.open(directory);
        server = SparqlServer.start(store.dataset(), "127.0.0.1", 0, BASE);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void eachAuthorsInstitutionAndOrcidFollowTheirTag() {
        QuerySolution linked = QueryExecutionHTTP.service(server.sparqlEndpoint()).query(ResourceDescriber.prologue()
                + """
                SELECT ?publication ?name ?orcid { ?publication pro:isDocumentContextFor ?role .
                  ?role pro:isHeldBy ?person ; publod:authorPosition ?position . ?person schema:familyName ?name ;
                  schema:sameAs ?orcid . FILTER (STRSTARTS(STR(?orcid), "https://orcid.org/")) }
                ORDER BY ?publication ?position LIMIT 1
                """).select().next();
        List<List<String[]>> authors = authorGroups(tags(linked.getResource("publication").getURI()));
        List<String[]> group = authors.stream().filter(tags -> tags.get(0)[1].startsWith(linked.getLiteral("name")
                .getLexicalForm() + ",")).findFirst().orElseThrow();
        assertEquals(List.of("citation_author", "citation_author_institution", "citation_author_orcid"),
                group.stream().map(tag -> tag[0]).toList());
        assertEquals(IPPT, group.get(1)[1]);
        assertEquals(linked.getResource("orcid").getURI(), group.get(2)[1]);
        long orcids = QueryExecutionHTTP.service(server.sparqlEndpoint()).query(ResourceDescriber.prologue()
                + "SELECT (COUNT(DISTINCT ?person) AS ?n) { <" + linked.getResource("publication").getURI()
                + "> schema:author ?person . ?person schema:sameAs ?orcid . "
                + "FILTER (STRSTARTS(STR(?orcid), \"https://orcid.org/\")) }").select().next().getLiteral("n")
                .getLong();
        assertEquals(orcids, authors.stream().flatMap(List::stream)
                .filter(tag -> tag[0].equals("citation_author_orcid")).count(),
                "one ORCID tag for each linked author, none for the others");
    }

    @Test
    void aJournalArticleNamesItsIssnAfterTheJournalAndEachAuthorsInstitution() {
        List<String[]> tags = tags(ARTICLE);
        List<String> names = tags.stream().map(tag -> tag[0]).toList();
        int journal = names.indexOf("citation_journal_title");
        assertEquals("citation_issn", names.get(journal + 1));
        assertEquals("0020-7683", tags.get(journal + 1)[1]);
        List<List<String[]>> authors = authorGroups(tags);
        assertEquals(3, authors.size());
        assertEquals(List.of(IPPT, "other affiliation", "Faculty of Physics, Some University"), authors.stream()
                .map(group -> group.get(1)[0].equals("citation_author_institution") ? group.get(1)[1] : "").toList());
    }

    /** The citation tags of a publication's page, name and content, in the page's order. */
    private static List<String[]> tags(String iri) {
        String document = server.localAddress() + "doc/" + iri.substring(BASE.length());
        HttpResponse<String> page;
        try {
            page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(document))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(200, page.statusCode(), document);
        List<String[]> tags = new ArrayList<>();
        Matcher matcher = META.matcher(page.body());
        while (matcher.find()) {
            tags.add(new String[] {matcher.group(1), ServedStore.unescape(matcher.group(2))});
        }
        assertTrue(!tags.isEmpty(), "no citation tags on " + document);
        return tags;
    }

    /** Each citation_author tag with the author tags (institution, ORCID) that follow it. */
    private static List<List<String[]>> authorGroups(List<String[]> tags) {
        List<List<String[]>> groups = new ArrayList<>();
        for (String[] tag : tags) {
            if (tag[0].equals("citation_author")) {
                groups.add(new ArrayList<>(List.<String[]>of(tag)));
            } else if (tag[0].startsWith("citation_author_") && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(tag);
            }
        }
        return groups;
    }

    private static void run(String... args) {
        StringWriter err = new StringWriter();
        int exit = PublodCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(args);
        assertEquals(0, exit, String.join(" ", args) + ": " + err);
    }
}
