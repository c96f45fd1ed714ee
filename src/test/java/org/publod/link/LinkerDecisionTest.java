package org.publod.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.model.Publication;
import org.publod.model.PublicationLink;

/**
 * One test per way the linker decides a publication: accept by DOI, accept by score with a margin, review for a
 * near tie (on either side of the pairing), review between the thresholds, drop below them, and the preprint
 * rules. Records come from an in-memory record source standing in for the dblp search API.
 */
class LinkerDecisionTest {
    private static final String AUTHORS = "Grabowska H., Lis T., Wróblewski D.";
    private static final String TITLE = "Shear wave elastography of layered hydrogel phantoms";

    @TempDir
    Path temp;

    private static DblpRecord record(String key, String title, int year, String venue, String doi) {
        List<DblpSignature> authors = new ArrayList<>();
        String[] names = {"Halina Grabowska", "Tomasz Lis", "Dariusz Wróblewski"};
        for (int i = 0; i < names.length; i++) {
            authors.add(new DblpSignature(i + 1, names[i], Optional.of("301/77" + i), Optional.empty()));
        }
        return new DblpRecord(key, title, year, venue, Optional.ofNullable(doi), authors);
    }

    private static LinkOutcome link(List<Publication> publications, DblpRecord... records) {
        Linker linker = new Linker(Optional.empty(), Optional.of(title -> List.of(records)), OrcidRegistry.empty(),
                Optional.empty(), Curation.none(), Linker.Thresholds.DEFAULT);
        return linker.link(publications);
    }

    private List<Publication> paper(String title) {
        return ReportEntries.read(temp, "Prace konferencyjne", ReportEntries.paper(1, AUTHORS, title, 2023));
    }

    private static List<String> linkedKeys(LinkOutcome outcome) {
        return outcome.linkset().publications().stream().map(PublicationLink::dblpKey).toList();
    }

    private static List<ReviewItem> publicationReview(LinkOutcome outcome) {
        return outcome.review().stream().filter(item -> item.kind().equals(Curation.PUBLICATION)).toList();
    }

    @Test
    void acceptsBySameDoiThoughDblpRetitledThePaper() {
        List<Publication> article = ReportEntries.read(temp, "Publikacje w czasopismach", ReportEntries.article(1,
                AUTHORS, TITLE, "ULTRASONICS", "10.1016/j.ultras.2023.107011", 2023));
        LinkOutcome outcome = link(article, record("journals/ultrasonics/GrabowskaLW23",
                "Elastography in soft layered media: a phantom study.", 2023, "Ultrasonics",
                "10.1016/j.ultras.2023.107011"));
        assertEquals(List.of("journals/ultrasonics/GrabowskaLW23"), linkedKeys(outcome));
        PublicationLink link = outcome.linkset().publications().get(0);
        assertEquals(Confidence.DOI_MATCH.score(), link.evidence().score());
        assertEquals("title+year+authors", link.evidence().method());
        assertTrue(link.evidence().facts().contains("same DOI 10.1016/j.ultras.2023.107011"));
    }

    @Test
    void acceptsTheBestRecordWhenItLeadsTheRunnerUpByTheMargin() {
        DblpRecord paper = record("conf/ius/GrabowskaLW23", TITLE + ".", 2023, "IUS", null);
        DblpRecord followUp = record("conf/ius/GrabowskaLW23a",
                "Shear wave elastography of layered hydrogel phantoms under compression.", 2023, "IUS", null);
        LinkOutcome outcome = link(paper(TITLE), paper, followUp);
        assertEquals(List.of("conf/ius/GrabowskaLW23"), linkedKeys(outcome));
        assertTrue(publicationReview(outcome).isEmpty(), outcome.review().toString());
    }

    @Test
    void sendsANearTieBetweenTwoRecordsToReview() {
        DblpRecord proceedings = record("conf/ius/GrabowskaLW23", TITLE + ".", 2023, "IUS", null);
        DblpRecord workshop = record("conf/ius/GrabowskaLW23w", TITLE + ".", 2023, "IUS Workshops", null);
        LinkOutcome outcome = link(paper(TITLE), proceedings, workshop);
        assertEquals(List.of(), linkedKeys(outcome));
        List<ReviewItem> review = publicationReview(outcome);
        assertEquals(2, review.size(), review.toString());
        assertTrue(review.get(0).evidence().contains("not accepted: only 0.00 ahead of dblp record"),
                review.get(0).evidence());
    }

    @Test
    void sendsTwoListedEntriesCompetingForOneRecordToReview() {
        List<Publication> both = ReportEntries.read(temp, "Prace konferencyjne",
                ReportEntries.paper(1, AUTHORS, TITLE, 2023),
                "Streszczenia konferencyjne\n" + ReportEntries.paper(2, AUTHORS,
                        "Shear wave elastography of layered hydrogel phantom", 2023));
        assertEquals(2, both.size(), both.toString());
        LinkOutcome outcome = link(both, record("conf/ius/GrabowskaLW23", TITLE + ".", 2023, "IUS", null));
        assertEquals(List.of(), linkedKeys(outcome));
        assertTrue(publicationReview(outcome).get(0).evidence().contains("for the same record"),
                outcome.review().toString());
    }

    @Test
    void sendsAScoreBetweenTheThresholdsToReview() {
        DblpRecord related = record("conf/ius/GrabowskaLW23", "Shear wave imaging of layered gelatin tissue.",
                2023, "IUS", null);
        LinkOutcome outcome = link(paper(TITLE), related);
        assertEquals(List.of(), linkedKeys(outcome));
        ReviewItem item = publicationReview(outcome).get(0);
        assertTrue(item.score() >= Linker.Thresholds.DEFAULT.review() && item.score() < Linker.Thresholds.DEFAULT
                .accept(), item.toString());
        assertTrue(!item.evidence().contains("not accepted:"), item.evidence());
    }

    @Test
    void dropsARecordBelowTheReviewThreshold() {
        DblpRecord unrelated = record("conf/ius/GrabowskaLW23b", "Thermal drift of piezoelectric transducers.",
                2023, "IUS", null);
        LinkOutcome outcome = link(paper(TITLE), unrelated);
        assertEquals(List.of(), linkedKeys(outcome));
        assertTrue(publicationReview(outcome).isEmpty(), outcome.review().toString());
    }

    @Test
    void neverAcceptsAnArxivPreprintForAVersionOfRecord() {
        DblpRecord preprint = record("journals/corr/abs-2305-11873", TITLE + ".", 2023, "CoRR",
                "10.48550/arxiv.2305.11873");
        LinkOutcome outcome = link(paper(TITLE), preprint);
        assertEquals(List.of(), linkedKeys(outcome));
        assertTrue(publicationReview(outcome).get(0).evidence().contains("arXiv preprint"),
                outcome.review().toString());
    }

    @Test
    void acceptsTheVersionOfRecordOverAnIdenticalPreprint() {
        DblpRecord preprint = record("journals/corr/abs-2305-11873", TITLE + ".", 2023, "CoRR", null);
        DblpRecord proceedings = record("conf/ius/GrabowskaLW23", TITLE + ".", 2023, "IUS", null);
        LinkOutcome outcome = link(paper(TITLE), preprint, proceedings);
        assertEquals(List.of("conf/ius/GrabowskaLW23"), linkedKeys(outcome));
    }

    @Test
    void acceptsAPreprintForAnEntryListedAsAPreprint() {
        List<Publication> listed = ReportEntries.read(temp, "Publikacje w czasopismach", ReportEntries.article(1,
                AUTHORS, TITLE, "arXiv", "10.48550/arXiv.2305.11873", 2023));
        DblpRecord preprint = record("journals/corr/abs-2305-11873", TITLE + ".", 2023, "CoRR", null);
        assertEquals(List.of("journals/corr/abs-2305-11873"), linkedKeys(link(listed, preprint)));
    }
}
