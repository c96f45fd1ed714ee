package org.publod.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.apache.jena.rdf.model.Model;
import org.publod.map.IriMinter;
import org.publod.map.LinksetMapper;
import org.publod.vocab.DCTERMS;
import org.publod.model.Person;
import org.publod.model.PersonLink;
import org.publod.model.PublishedWork;
import org.publod.pipeline.LinkingPipeline;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.StoreSink;
import org.publod.store.Tdb2Store;

/**
 * The linker against the gold standard in {@code src/test/resources/link}, written by its generator without
 * publod: the two reports are published into a real TDB2 store and linked from it, as {@code publod link} does.
 */
class GoldStandardTest {
    static final Path FIXTURES = Path.of("src/test/resources/link");

    @TempDir
    static Path temp;
    private static DblpIndex index;
    private static LinkingPipeline.LinkRun run;
    private static LinkOutcome outcome;

    @BeforeAll
    static void link() {
        DblpIndexer.index(FIXTURES.resolve("dblp-excerpt.ttl"), temp.resolve("index"), count -> { });
        index = DblpIndex.open(temp.resolve("index"));
        run = publishAndLink(temp.resolve("store"), "report-a.txt", "report-b.txt");
        outcome = run.outcome();
    }

    /** Publishes the fixture reports in the order given into a fresh store, and links it. */
    static LinkingPipeline.LinkRun publishAndLink(Path directory, String... reports) {
        try (Tdb2Store store = Tdb2Store.open(directory)) {
            StoreSink sink = StoreSink.publishing(store, TestReports.description());
            for (String report : reports) {
                TestReports.pipeline().run(FIXTURES.resolve(report), sink, RunListener.NONE);
            }
            Linker linker = new Linker(Optional.of(index), Optional.empty(),
                    OrcidRegistry.read(FIXTURES.resolve("orcid-registry.csv")), Optional.empty(), Curation.none(),
                    Linker.Thresholds.DEFAULT);
            return new LinkingPipeline(TestReports.description()).run(store, linker);
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void meetsPrecisionAndRecallAtTheLevelOfAuthorships() {
        Evaluation.Result result = Evaluation.evaluate(outcome, run.works(), FIXTURES.resolve("gold.csv"));
        System.out.println(result.publications());
        System.out.println(result.authorships());
        assertTrue(result.publications().expected() >= 60 && result.authorships().expected() >= 300,
                "the gold standard is too small: " + result);
        assertTrue(result.publications().precision() >= 0.99 && result.publications().recall() >= 0.95,
                result.publications().toString());
        assertTrue(result.authorships().precision() >= 0.99 && result.authorships().recall() >= 0.95,
                result.authorships().toString());
    }

    @Test
    void reportsRegistryRowWithBadChecksumByLine() {
        assertEquals(1, outcome.problems().size(), outcome.problems().toString());
        assertTrue(outcome.problems().get(0).matches("orcid-registry\\.csv:\\d+: orcid: .*check character.*"),
                outcome.problems().get(0));
    }

    @Test
    void joinsTwoSpellingsOfOnePersonKeepingBothNames() {
        Person odrzygozdz = holderOf("229/0001");
        assertEquals(Set.of("Odrzygoźdź T.", "Odrzygóźdź T."), odrzygozdz.names().stream()
                .map(name -> name.asListed()).collect(Collectors.toSet()));
        assertEquals(new Person.Basis.Dblp("229/0001"), odrzygozdz.basis());
    }

    @Test
    void separatesOneListedNameOfTwoPeopleInTwoReports() {
        Person adam = holderOf("88/7001");
        Person anna = holderOf("88/7002");
        assertNotEquals(adam, anna);
        assertTrue(adam.holdings().stream().allMatch(holding -> holding.authorship().name().asListed()
                .equals("Wójcik A.")));
        assertTrue(anna.holdings().stream().allMatch(holding -> holding.authorship().name().asListed()
                .equals("Wójcik A.")));
        assertTrue(adam.holdings().size() >= 2 && anna.holdings().size() >= 2);
    }

    @Test
    void theNamesIriOfASeparatedNameIsReplacedByBothPersons() {
        IriMinter iris = new IriMinter(TestReports.BASE);
        Model linkset = new LinksetMapper(iris).map(outcome.linkset());
        String name = iris.person(holderOf("88/7001").holdings().get(0).authorship().name());
        Set<String> replacements = linkset.listObjectsOfProperty(linkset.createResource(name), DCTERMS.isReplacedBy)
                .mapWith(node -> node.asResource().getURI()).toSet();
        assertEquals(Set.of(iris.person(holderOf("88/7001").basis()), iris.person(holderOf("88/7002").basis())),
                replacements);
    }

    @Test
    void tellsApartTwoHomonymsInOnePaperByTheirPositions() {
        assertNotEquals(holderOf("12/3401").basis(), holderOf("12/3401-2").basis());
    }

    @Test
    void noPersonHoldsTwoPidsOrTwoOrcidIds() {
        Map<Person.Basis, Map<PersonLink.Target, Long>> counts = outcome.linkset().personLinks().stream()
                .collect(Collectors.groupingBy(PersonLink::person, Collectors.groupingBy(PersonLink::target,
                        Collectors.counting())));
        counts.forEach((person, perTarget) -> perTarget.forEach((target, count) ->
                assertEquals(1L, count, person + " holds " + count + " " + target + " links")));
    }

    @Test
    void theSameReportsPublishedAndLinkedInTheOtherOrderGiveTheSameHolders() {
        LinkingPipeline.LinkRun reversed = publishAndLink(temp.resolve("reversed"), "report-b.txt", "report-a.txt");
        assertEquals(holders(run), holders(reversed));
    }

    @Test
    void linksTheProceedingsVersionNotThePreprintNorTheLookAlikeNorTheAbstract() {
        List<String> keys = outcome.linkset().publications().stream().map(link -> link.dblpKey()).toList();
        assertTrue(keys.contains("conf/nips/AntoniakKPO24"), keys.toString());
        assertTrue(!keys.contains("journals/corr/abs-2310-15961"), keys.toString());
        assertTrue(keys.contains("conf/ius/TeamA21") && !keys.contains("conf/ius/TeamA22"), keys.toString());
        List<PublishedWork> twins = run.works().stream()
                .filter(work -> work.title().equals("Wave propagation in layered composite plates")).toList();
        assertEquals(2, twins.size(), "the abstract and the paper are two publications");
        assertEquals(1, outcome.linkset().publications().stream()
                .filter(link -> twins.contains(link.publication())).count());
    }

    /** The person that holds the dblp pid. */
    private static Person holderOf(String pid) {
        Person.Basis basis = outcome.linkset().personLinks().stream()
                .filter(link -> link.target() == PersonLink.Target.DBLP && link.value().equals(pid))
                .map(PersonLink::person).findFirst().orElseThrow(() -> new AssertionError("no person holds " + pid));
        return outcome.linkset().persons().stream().filter(person -> person.basis().equals(basis)).findFirst()
                .orElseThrow();
    }

    /** Every authorship's holder, as an IRI: what the store's report graphs say after linking. */
    private static Map<String, String> holders(LinkingPipeline.LinkRun linked) {
        IriMinter iris = new IriMinter(TestReports.BASE);
        Map<String, String> holders = new TreeMap<>();
        linked.outcome().linkset().persons().forEach(person -> person.holdings().forEach(holding ->
                holders.put(holding.authorship().iri(), iris.person(person.basis()))));
        return holders;
    }
}
