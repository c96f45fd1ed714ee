package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.model.Diagnostic;
import org.publod.model.Institute;
import org.publod.store.SparqlQueries;
import org.publod.store.Tdb2Store;
import org.publod.validate.ProfileValidator;

/** The checks across reports, against a real TDB2 store holding the reports published before. */
class WholeRunCheckIT {
    private static final String HEADING = "Publikacje w czasopismach\n";
    private static final String FIRST = HEADING
            + "1.Nowak J.A., Strain Localisation in Porous Metals, Archives of Mechanics, ISSN: 0373-2029, "
            + "DOI: 10.24423/aom.4101, pp.1-20, 2024 70p.\n";

    @TempDir
    Path temp;

    private Tdb2Store store;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final RunListener listener = new RunListener() {
        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
        }

        @Override
        public void warned(Diagnostic warning) {
            warnings.add(warning);
        }
    };

    @BeforeEach
    void openStore() {
        store = Tdb2Store.open(temp.resolve("store"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void rejectsAnEntryWhoseDoiAnotherReportAlreadyPublishedNamingBothEntries() {
        publish(TestReports.pipeline(), TestReports.write(temp, "nowak.txt", FIRST));
        ReportRun second = publish(TestReports.pipeline(), TestReports.write(temp, "kowalczyk.txt", HEADING
                + "1.Kowalczyk P., Nowak J.A., Thermal Fatigue of Welded Joints, Archives of Mechanics, "
                + "ISSN: 0373-2029, DOI: 10.24423/aom.4101, pp.21-40, 2024 70p.\n"
                + "2.Kowalczyk P., Creep of Polymer Foams, Archives of Mechanics, ISSN: 0373-2029, "
                + "DOI: 10.24423/aom.4102, pp.41-60, 2024 70p.\n"));

        assertEquals(1, second.published());
        assertEquals(1, second.rejected());
        Rejection rejection = rejections.get(0);
        assertEquals("kowalczyk.txt:2", rejection.source().toString());
        Diagnostic reason = rejection.reasons().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("DOI", reason.field());
        assertTrue(reason.problem().contains("the entry at nowak.txt:2, already published"), reason.problem());
        assertEquals(1, count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p prism:doi \"10.24423/aom.4101\" }"));
    }

    @Test
    void aCoAuthorsReportListingTheSamePublicationAndRepublishingAReportDoNotClash() {
        publish(TestReports.pipeline(), TestReports.write(temp, "nowak.txt", FIRST));
        publish(TestReports.pipeline(), TestReports.write(temp, "nowak.txt", FIRST));
        ReportRun coAuthor = publish(TestReports.pipeline(), TestReports.write(temp, "kowalczyk.txt", HEADING
                + "1.Nowak J.A., Strain Localisation in Porous Metals, ARCHIVES OF MECHANICS, ISSN: 0373-2029, "
                + "DOI: 10.24423/aom.4101, pp.1-20, 2024 70p.\n"));

        assertEquals(1, coAuthor.published());
        assertEquals(List.of(), rejections);
        assertEquals(List.of(), warnings.stream().filter(w -> w.field().equals("DOI") || w.field().equals("ISSN")
                || w.field().equals("journal")).toList());
    }

    @Test
    void aCoAuthorWhoSpellsTheTitleOfAPublicationWithADoiOtherwiseListsTheSamePublication() {
        publish(TestReports.pipeline(), TestReports.write(temp, "nowak.txt", HEADING
                + "1.Nowak J.A., Kowalczyk P., Damage Evolution in Fibre-Reinforced Concrete, Archives of Mechanics, "
                + "ISSN: 0373-2029, DOI: 10.24423/aom.4388, Vol.76, No.4, pp.301-330, 2024 70p.\n"));
        ReportRun coAuthor = publish(TestReports.pipeline(), TestReports.write(temp, "kowalczyk.txt", HEADING
                + "1.Nowak J.A., Kowalczyk P., Damage evolution in fiber reinforced concrete, Archives of Mechanics, "
                + "ISSN: 0373-2029, DOI: https://doi.org/10.24423/AOM.4388, Vol.76, No.4, pp.301-330, 2024 70p.\n"));

        assertEquals(1, coAuthor.published());
        assertEquals(List.of(), rejections);
        assertEquals(1, count("SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?p prism:doi \"10.24423/aom.4388\" } }"));
        assertEquals(2, count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?p prism:doi \"10.24423/aom.4388\" } }"));
    }

    @Test
    void warnsOfAJournalNamedOtherwiseOrAnotherJournalNodeWithTheSameIssnInTheStore() {
        publish(TestReports.pipeline(), TestReports.write(temp, "nowak.txt", FIRST));
        Pipeline otherBase = new Pipeline(new PublishSettings("https://example.net/elsewhere/", Institute.ipptPan(),
                StandardCharsets.UTF_8), ProfileValidator.bundled(), TestReports.FIXED_CLOCK);
        publish(otherBase, TestReports.write(temp, "zielinska.txt", HEADING
                + "1.Zielińska K., Wave Dispersion in Periodic Lattices, Arch. Mech., ISSN: 0373-2029, "
                + "pp.61-80, 2024 70p.\n"));

        Diagnostic issn = warnings.stream().filter(w -> w.field().equals("ISSN")).findFirst().orElseThrow();
        assertEquals("zielinska.txt:2", issn.location().toString());
        assertTrue(issn.problem().contains("<https://example.org/publod/journal/0373-2029>, from the entry at "
                + "nowak.txt:2"), issn.problem());
    }

    /**
     * A large store keeps few of its values in memory: a row read after its query's transaction fails on the values
     * that are not. A store made to cache almost none shows it at once (through TDB2's store parameters, which Jena
     * 5 marks deprecated without a replacement).
     */
    @Test
    @SuppressWarnings("deprecation")
    void namesTheOtherEntryFromAStoreThatCachesAlmostNothing() {
        store.close();
        Path directory = temp.resolve("few-cached");
        DatabaseMgr.connectDatasetGraph(directory.toString(), StoreParams.builder().nodeId2NodeCacheSize(1)
                .node2NodeIdCacheSize(1).nodeMissCacheSize(1).build());
        store = Tdb2Store.open(directory);
        publish(TestReports.pipeline(), TestReports.write(temp, "nowak.txt", FIRST));
        ReportRun second = publish(TestReports.pipeline(), TestReports.write(temp, "zielinska.txt", HEADING
                + "1.Zielińska K., Wave Dispersion in Periodic Lattices, Arch. Mech., ISSN: 0373-2029, "
                + "pp.61-80, 2024 70p.\n"));

        assertEquals(List.of(), rejections);
        assertEquals(1, second.published());
        Diagnostic name = warnings.stream().filter(w -> w.field().equals("journal")).findFirst().orElseThrow();
        assertTrue(name.problem().contains("is named \"Archives of Mechanics\" by the entry at nowak.txt:2, already "
                + "published"), name.problem());
    }

    private ReportRun publish(Pipeline pipeline, Path report) {
        return pipeline.run(report, StoreSink.publishing(store, TestReports.description()), listener);
    }

    private long count(String query) {
        try (RDFConnection connection = store.connect()) {
            long[] n = {0};
            connection.querySelect(SparqlQueries.parse(query), row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }
}
