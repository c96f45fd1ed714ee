package org.publod.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.model.LinkEvidence;
import org.publod.model.PersonLink;
import org.publod.model.Person;
import org.publod.model.PublishedWork;

/** One test per way {@link PersonResolver} decides who holds an authorship: alignment, registry, dblp iDs. */
class PersonResolverTest {
    private static final String ORCID_A = "0000-0002-1825-0097";
    private static final String ORCID_B = "0000-0001-5109-3700";

    @TempDir
    Path temp;
    private PublishedWork paper;

    @BeforeEach
    void read() {
        paper = ReportEntries.read(temp, "Prace konferencyjne", ReportEntries.paper(1,
                "Zawadzka M., Kołodziej R.", "Guided waves in bonded composite joints", 2022)).get(0);
    }

    private static DblpRecord record(DblpSignature... authors) {
        return new DblpRecord("conf/ius/ZawadzkaK22", "Guided waves in bonded composite joints.", 2022, "IUS",
                Optional.empty(), List.of(authors));
    }

    private static DblpSignature signature(int ordinal, String name, String pid, String orcid) {
        return new DblpSignature(ordinal, name, Optional.of(pid), Optional.ofNullable(orcid));
    }

    /** Decides with the registry rows given; the ORCID search runs against its real client in WebClientsIT. */
    private PersonResolver.Result decide(DblpRecord record, String registryRows) throws IOException {
        Path registry = temp.resolve("registry.csv");
        Files.writeString(registry, "name,orcid,dblp_pid,full_name\n" + registryRows, StandardCharsets.UTF_8);
        PersonResolver resolver = new PersonResolver(Optional.empty(), OrcidRegistry.read(registry),
                Optional.empty(), Curation.none(), Linker.Thresholds.DEFAULT);
        return resolver.resolve(List.of(paper), record == null ? Map.of() : Map.of(paper, record));
    }

    /** The link of the person who holds the authorship listed as {@code listed}. */
    private static Optional<PersonLink> link(PersonResolver.Result result, String listed, PersonLink.Target target) {
        Person holder = result.persons().stream().filter(person -> person.names().stream()
                .anyMatch(name -> name.asListed().equals(listed))).findFirst().orElseThrow();
        return result.links().stream().filter(link -> link.person().equals(holder.basis())
                && link.target() == target).findFirst();
    }

    /** The review items on authorships listed as {@code listed}, keyed by the authorship's IRI. */
    private List<ReviewItem> review(PersonResolver.Result result, String listed) {
        List<String> iris = paper.authors().stream().filter(author -> author.name().asListed().equals(listed))
                .map(author -> author.iri()).toList();
        return result.review().stream().filter(item -> iris.contains(item.subject())).toList();
    }

    @Test
    void linksThePidOfTheSignatureAtTheSamePosition() throws IOException {
        PersonResolver.Result result = decide(record(signature(1, "Magdalena Zawadzka", "88/4410", null),
                signature(2, "Robert Kołodziej", "88/4411", null)), "");
        PersonLink link = link(result, "Zawadzka M.", PersonLink.Target.DBLP).orElseThrow();
        assertEquals("88/4410", link.value());
        assertEquals(Confidence.SAME_POSITION.score(), link.evidence().score());
        assertEquals("author alignment", link.evidence().method());
        assertEquals(LinkEvidence.Origin.MATCHER, link.evidence().origin());
    }

    @Test
    void reviewsATransliteratedNameFoundAtAnotherPosition() throws IOException {
        PersonResolver.Result result = decide(record(signature(1, "Roberto Kolodziei", "88/4411", null),
                signature(2, "Anna Wiśniewska", "88/4412", null)), "");
        assertTrue(link(result, "Kołodziej R.", PersonLink.Target.DBLP).isEmpty(), result.links().toString());
        ReviewItem item = review(result, "Kołodziej R.").get(0);
        assertEquals(Confidence.OTHER_POSITION_TRANSLITERATED.score(), item.score());
    }

    @Test
    void linksTheAlignedPidAndReviewsTheRegistrysOther() throws IOException {
        PersonResolver.Result result = decide(record(signature(1, "Magdalena Zawadzka", "88/4410", null)),
                "Zawadzka M.," + ORCID_A + ",91/2002,Magdalena Zawadzka\n");
        assertEquals("88/4410", link(result, "Zawadzka M.", PersonLink.Target.DBLP).orElseThrow().value());
        assertTrue(link(result, "Zawadzka M.", PersonLink.Target.ORCID).isEmpty(), result.links().toString());
        ReviewItem item = review(result, "Zawadzka M.").get(0);
        assertEquals(List.of("https://dblp.org/pid/91/2002", "institute registry", Confidence.CONFLICT.score()),
                List.of(item.target(), item.method(), item.score()));
    }

    @Test
    void linksTheRegistryPidAndIdWhenNoRecordMatched() throws IOException {
        PersonResolver.Result result = decide(null, "Zawadzka M.," + ORCID_A + ",91/2002,\n");
        PersonLink pid = link(result, "Zawadzka M.", PersonLink.Target.DBLP).orElseThrow();
        PersonLink orcid = link(result, "Zawadzka M.", PersonLink.Target.ORCID).orElseThrow();
        assertEquals("91/2002", pid.value());
        assertEquals(ORCID_A, orcid.value());
        assertEquals("institute registry", orcid.evidence().method());
        assertEquals(LinkEvidence.Origin.SOURCE, orcid.evidence().origin());
        assertEquals(Confidence.INSTITUTE_REGISTRY.score(), orcid.evidence().score());
    }

    @Test
    void linksTheIdDblpStatesAndReviewsItAgainstTheRegistry() throws IOException {
        DblpRecord record = record(signature(1, "Magdalena Zawadzka", "88/4410", ORCID_B));
        PersonResolver.Result fromDblp = decide(record, "");
        PersonLink orcid = link(fromDblp, "Zawadzka M.", PersonLink.Target.ORCID).orElseThrow();
        assertEquals(ORCID_B, orcid.value());
        assertEquals("dblp person", orcid.evidence().method());
        assertEquals(Confidence.DBLP_PERSON_ORCID.score(), orcid.evidence().score());

        PersonResolver.Result conflict = decide(record, "Zawadzka M.," + ORCID_A + ",,\n");
        assertEquals(ORCID_A, link(conflict, "Zawadzka M.", PersonLink.Target.ORCID).orElseThrow().value());
        ReviewItem item = review(conflict, "Zawadzka M.").get(0);
        assertEquals(List.of("https://orcid.org/" + ORCID_B, "dblp person", Confidence.CONFLICT.score()),
                List.of(item.target(), item.method(), item.score()));
    }

    private PersonResolver.Result resolve(List<PublishedWork> works, Map<PublishedWork, DblpRecord> matched,
                                          Curation curation) {
        return new PersonResolver(Optional.empty(), OrcidRegistry.empty(), Optional.empty(), curation,
                Linker.Thresholds.DEFAULT).resolve(works, matched);
    }

    @Test
    void aCuratorsAcceptTiesTheAuthorshipOverItsAlignment() throws IOException {
        String authorship = paper.authors().get(0).iri();
        Path decisions = temp.resolve("decisions.csv");
        Files.writeString(decisions, "decision,kind,subject,label,target,score,method,evidence\n"
                + "accept,authorship," + authorship + ",Zawadzka M.,https://dblp.org/pid/91/2002,,,\n",
                StandardCharsets.UTF_8);
        PersonResolver.Result result = resolve(List.of(paper), Map.of(paper, record(signature(1,
                "Magdalena Zawadzka", "88/4410", null))), Curation.read(decisions));
        PersonLink link = link(result, "Zawadzka M.", PersonLink.Target.DBLP).orElseThrow();
        assertEquals(List.of("91/2002", LinkEvidence.Origin.CURATOR), List.of(link.value(),
                link.evidence().origin()));
        assertTrue(result.review().stream().anyMatch(item -> item.target().equals("https://dblp.org/pid/88/4410")),
                "the refused alignment goes to review: " + result.review());
    }

    @Test
    void anAuthorshipWithoutEvidenceJoinsTheOnePersonFoundUnderItsName() {
        List<PublishedWork> works = ReportEntries.read(temp, "Prace konferencyjne",
                ReportEntries.paper(1, "Zawadzka M., Kołodziej R.", "Guided waves in bonded composite joints", 2022),
                ReportEntries.paper(2, "Zawadzka M.", "Lamb wave tomography of thin plates", 2023));
        PersonResolver.Result result = resolve(works, Map.of(works.get(0), record(signature(1,
                "Magdalena Zawadzka", "88/4410", null))), Curation.none());
        List<Person> zawadzka = result.persons().stream().filter(person -> person.names().get(0).asListed()
                .equals("Zawadzka M.")).toList();
        assertEquals(1, zawadzka.size(), result.persons().toString());
        assertEquals(2, zawadzka.get(0).holdings().size());
        assertEquals("listed name", zawadzka.get(0).holdings().stream()
                .filter(holding -> holding.authorship().iri().startsWith(works.get(1).iri())).findFirst()
                .orElseThrow().evidence().method());
    }

    @Test
    void anAuthorshipWithoutEvidenceUnderANameOfTwoPeopleStaysWithTheNameAndIsReviewed() {
        List<PublishedWork> works = ReportEntries.read(temp, "Prace konferencyjne",
                ReportEntries.paper(1, "Zawadzka M.", "Guided waves in bonded composite joints", 2022),
                ReportEntries.paper(2, "Zawadzka M.", "Acoustic emission in concrete beams", 2021),
                ReportEntries.paper(3, "Zawadzka M.", "Lamb wave tomography of thin plates", 2023));
        DblpRecord other = new DblpRecord("conf/ius/Zawadzka21", "Acoustic emission in concrete beams.", 2021,
                "IUS", Optional.empty(), List.of(signature(1, "Maria Zawadzka", "88/5555", null)));
        PersonResolver.Result result = resolve(works, Map.of(works.get(0), record(signature(1,
                "Magdalena Zawadzka", "88/4410", null)), works.get(1), other), Curation.none());
        assertEquals(3, result.persons().size(), "two people by evidence and the name for the third paper");
        String third = works.get(2).authors().get(0).iri();
        assertEquals(List.of("https://dblp.org/pid/88/4410", "https://dblp.org/pid/88/5555"), result.review()
                .stream().filter(item -> item.subject().equals(third)).map(ReviewItem::target).sorted().toList());
    }
}
