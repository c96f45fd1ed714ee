package org.publod.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.model.Publication;
import org.publod.pipeline.LinkingPipeline;

/** The linker against the hand-made gold standard in {@code src/test/resources/link}. */
class GoldStandardTest {
    static final Path FIXTURES = Path.of("src/test/resources/link");

    @TempDir
    static Path temp;
    private static DblpIndex index;
    private static LinkOutcome outcome;

    @BeforeAll
    static void link() {
        DblpIndexer.index(FIXTURES.resolve("dblp-excerpt.ttl"), temp.resolve("index"), count -> { });
        index = DblpIndex.open(temp.resolve("index"));
        List<Publication> publications = new LinkingPipeline(TestReports.settings())
                .publications(List.of(FIXTURES.resolve("report-a.txt"), FIXTURES.resolve("report-b.txt")));
        Linker linker = new Linker(Optional.of(index), Optional.empty(),
                OrcidRegistry.read(FIXTURES.resolve("orcid-registry.csv")), Optional.empty(), Curation.none(),
                Linker.Thresholds.DEFAULT);
        outcome = linker.link(publications);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void meetsPrecisionAndRecallOnTheGoldStandard() {
        Evaluation.Result result = Evaluation.evaluate(outcome.linkset(), FIXTURES.resolve("gold.csv"));
        System.out.println(result.publications());
        System.out.println(result.persons());
        assertTrue(result.publications().expected() >= 60 && result.persons().expected() >= 120,
                "the gold standard is too small: " + result);
        assertTrue(result.publications().precision() >= 0.98 && result.publications().recall() >= 0.90,
                result.publications().toString());
        assertTrue(result.persons().precision() >= 0.98 && result.persons().recall() >= 0.90,
                result.persons().toString());
    }

    @Test
    void reportsRegistryRowWithBadChecksumByLine() {
        assertEquals(1, outcome.problems().size(), outcome.problems().toString());
        assertTrue(outcome.problems().get(0).matches("orcid-registry\\.csv:\\d+: orcid: .*check character.*"),
                outcome.problems().get(0));
    }

    @Test
    void reportsNameVariantsOfOneDblpPerson() {
        assertTrue(outcome.notes().stream().anyMatch(note -> note.contains("229/0001")
                && note.contains("Odrzygoźdź T.") && note.contains("Odrzygóźdź T.")), outcome.notes().toString());
    }

    @Test
    void sendsHomonymsInOnePaperToReviewInsteadOfLinking() {
        assertTrue(outcome.linkset().persons().stream().noneMatch(link -> link.person().asListed()
                .equals("Nowak J.")), "Nowak J. must not be linked");
        assertTrue(outcome.review().stream().filter(item -> item.subject().equals("Nowak J.")).count() >= 2);
    }

    @Test
    void linksTheProceedingsVersionNotThePreprint() {
        assertTrue(outcome.linkset().publications().stream().anyMatch(link -> link.dblpKey()
                .equals("conf/nips/AntoniakKPO24")));
        assertTrue(outcome.linkset().publications().stream().noneMatch(link -> link.dblpKey()
                .equals("journals/corr/abs-2310-15961")));
    }
}
