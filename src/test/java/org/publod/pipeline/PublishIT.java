package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.SharedFiles;
import org.publod.TestReports;
import org.publod.store.SparqlQueries;
import org.publod.store.Tdb2Store;

/** Publishing the real export into a real TDB2 store, and what SPARQL then finds there. */
class PublishIT {
    @TempDir
    Path temp;

    private Tdb2Store store;

    @BeforeEach
    void openStore() {
        store = Tdb2Store.open(temp.resolve("store"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void publishesThreePublicationsWithTheirAuthorsInListedOrder() throws IOException {
        ReportRun run = publish(SharedFiles.realExport());

        assertEquals(3, run.published());
        assertEquals(0, run.rejections().size());
        Map<String, List<String>> authors = new LinkedHashMap<>();
        for (QuerySolution row : select(Files.readString(Path.of("queries/authors-in-order.rq")))) {
            authors.computeIfAbsent(row.getLiteral("title").getString(), t -> new ArrayList<>())
                    .add(row.getLiteral("author").getString());
        }
        assertEquals(3, authors.size());
        assertEquals(List.of(12, 10, 10), List.of(
                authors.get("Scaling Laws for Fine-Grained Mixture of Experts").size(),
                authors.get("Mixture of Tokens: Continuous MoE through Cross-Example Aggregation").size(),
                authors.get("MoE-Mamba: Efficient Selective State Space Models with Mixture of Experts").size()));
        assertEquals(List.of("Ludziejewski J.", "Krajewski J.", "Adamczewski K.", "Pióro M.", "Krutul M.",
                "Antoniak S.", "Ciebiera K.", "Król K.", "Odrzygoźdź T.", "Sankowski P.", "Cygan M.", "Jaszczur S."),
                authors.get("Scaling Laws for Fine-Grained Mixture of Experts"));
        assertEquals("Antoniak S.",
                authors.get("Mixture of Tokens: Continuous MoE through Cross-Example Aggregation").get(0));
        assertEquals("Pióro M.",
                authors.get("MoE-Mamba: Efficient Selective State Space Models with Mixture of Experts").get(0));
    }

    @Test
    void cyganIsOnePersonWhoAuthoredAllThree() {
        publish(SharedFiles.realExport());

        List<QuerySolution> rows = select("SELECT ?person (COUNT(DISTINCT ?pub) AS ?papers) "
                + "WHERE { ?person schema:name \"Cygan M.\" . ?pub schema:author ?person } GROUP BY ?person");

        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).getLiteral("papers").getInt());
    }

    @Test
    void affiliatesPioroWithTheInstituteAndInventsNoOrganisationForOtherAffiliation() {
        publish(SharedFiles.realExport());

        List<QuerySolution> organisations = select("SELECT DISTINCT ?org ?short WHERE { ?org a schema:Organization . "
                + "OPTIONAL { ?org schema:alternateName ?short } }");
        List<QuerySolution> pioro = select("SELECT ?short WHERE { ?p schema:name \"Pióro M.\" ; schema:affiliation ?o ."
                + " ?o schema:alternateName ?short }");
        List<QuerySolution> affiliatedRoles = select("SELECT DISTINCT ?name WHERE {"
                + " ?role pro:relatesToOrganization ?o ;"
                + " publod:nameAsListed ?name }");

        assertEquals(1, organisations.size());
        assertEquals("IPPT PAN", organisations.get(0).getLiteral("short").getString());
        assertEquals("IPPT PAN", pioro.get(0).getLiteral("short").getString());
        assertEquals(List.of("Pióro M."), affiliatedRoles.stream().map(r -> r.getLiteral("name").getString()).toList());
    }

    @Test
    void givesEachPaperItsYearPagesAbstractAndEvent() {
        publish(SharedFiles.realExport());

        List<QuerySolution> rows = select("SELECT ?title ?year ?pages ?abstract ?start ?end ?city ?country WHERE {"
                + " ?pub dcterms:title ?title ; fabio:hasPublicationYear ?year ; schema:pagination ?pages ;"
                + "   dcterms:abstract ?abstract ."
                + " ?event schema:workFeatured ?pub ; schema:startDate ?start ; schema:endDate ?end ;"
                + "   schema:location/schema:address ?address ."
                + " ?address schema:addressLocality ?city ; schema:addressCountry ?country } ORDER BY ?start");

        assertEquals(List.of(
                "2024|33270-33288|2024-07-21|2024-07-27|Wiedeń|AT",
                "2024|1-4|2024-07-26|2024-07-26|Wiedeń|AT",
                "2024|1|2024-12-10|2024-12-15|Vancouver|CA"),
                rows.stream().map(r -> String.join("|", r.getLiteral("year").getLexicalForm(),
                        r.getLiteral("pages").getString(), r.getLiteral("start").getLexicalForm(),
                        r.getLiteral("end").getLexicalForm(), r.getLiteral("city").getString(),
                        r.getLiteral("country").getString())).toList());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("abstract").getString().length() > 100));
    }

    @Test
    void publishingTheSameReportTwiceChangesNoCount() {
        publish(SharedFiles.realExport());
        Map<String, Long> first = counts();

        publish(SharedFiles.realExport());

        assertEquals(first, counts());
    }

    @Test
    void aSecondReportListingTheSamePapersCreatesNoDuplicates() throws IOException {
        publish(SharedFiles.realExport());
        Map<String, Long> first = counts();
        Path coAuthorsReport = Files.copy(SharedFiles.realExport(), temp.resolve("ippt-partner-pioro.txt"));

        ReportRun second = publish(coAuthorsReport);

        Map<String, Long> after = counts();
        assertEquals(3, second.published());
        assertEquals(2L, after.get("graphs"));
        assertEquals(first.get("publications"), after.get("publications"));
        assertEquals(first.get("persons"), after.get("persons"));
        assertEquals(first.get("roles"), after.get("roles"));
    }

    @Test
    void loadsEveryGoodEntryAndRejectsTheBadOneWithItsLocation() {
        Path report = TestReports.write(temp, "mixed.txt", "Prace konferencyjne\n"
                + "1.Nowak J., Good One, ICML, Some Conference, 2019-07-01/07-02, Kraków (PL), pp.1, 2019\n"
                + "2.Nowak J., Bad One, ICML, Some Conference, 2019-07-01/07-32, Kraków (PL), pp.1, 2019\n"
                + "3.Nowak J., Good Two, ICML, Some Conference, 2019-07-01/07-02, Kraków (PL), pp.1, 2019\n");

        ReportRun run = publish(report);

        assertEquals(3, run.entriesRead());
        assertEquals(2, run.published());
        assertEquals("mixed.txt:3", run.rejections().get(0).source().toString());
        assertEquals(2L, counts().get("publications"));
    }

    private ReportRun publish(Path report) {
        return TestReports.pipeline().run(report, store::replaceGraph, RunListener.NONE);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("quads", count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        counts.put("graphs", count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        counts.put("publications", count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a fabio:Expression }"));
        counts.put("persons", count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a schema:Person }"));
        counts.put("roles", count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a pro:RoleInTime }"));
        counts.put("union triples", count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        return counts;
    }

    private long count(String query) {
        return select(query).get(0).getLiteral("n").getLong();
    }

    private List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(SparqlQueries.parse(query), rows::add);
        }
        return rows;
    }
}
