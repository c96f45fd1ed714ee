package org.publod.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.publod.Sha256;
import org.publod.model.Affiliation;
import org.publod.model.AuthorName;
import org.publod.model.Authorship;
import org.publod.model.Category;
import org.publod.model.Doi;
import org.publod.model.Event;
import org.publod.model.Place;
import org.publod.model.Publication;
import org.publod.model.SourceLocation;

class IriMinterTest {
    private static final String BASE = "https://example.org/publod/";
    /** What a slug may hold: lower-case ASCII letters, digits, '.', '-' and upper-case percent-encodings. */
    private static final String URI_SEGMENT = "([a-z0-9.-]|%[0-9A-F]{2})+";

    private final IriMinter iris = new IriMinter(BASE);

    @Test
    void foldsTheDiacriticsOfAPersonToAsciiAndMarksTheFoldWithAHash() {
        String iri = iris.person(new AuthorName("Pióro M.", "Pióro", "M."));

        assertTrue(iri.matches(BASE + "person/pioro-m-[0-9a-f]{6}"), iri);
        assertEquals(iri, URI.create(iri).toASCIIString());
    }

    @Test
    void foldsTheLettersThatUnicodeDoesNotDecompose() {
        String slug = IriMinter.slug("Łukasiewicz Øster Straße Đorđević Cæsar Œuvre Þór Işık");

        assertTrue(slug.startsWith("lukasiewicz-oster-strasse-dordevic-caesar-oeuvre-thor-isik-"), slug);
        assertTrue(slug.matches(URI_SEGMENT), slug);
    }

    @Test
    void percentEncodesWhatDoesNotFoldAsUtf8WithUpperCaseHex() {
        String slug = IriMinter.slug("张 W.");

        assertEquals("%E5%BC%A0-w", slug);
        assertEquals("张-w", URLDecoder.decode(slug, StandardCharsets.UTF_8));
    }

    @Test
    void keepsSpellingsThatFoldAlikeApart() {
        String one = iris.person(new AuthorName("Odrzygoźdź T.", "Odrzygoźdź", "T."));
        String other = iris.person(new AuthorName("Odrzygóźdź T.", "Odrzygóźdź", "T."));

        assertNotEquals(one, other);
        assertTrue(one.startsWith(BASE + "person/odrzygozdz-t-"), one);
        assertTrue(other.startsWith(BASE + "person/odrzygozdz-t-"), other);
    }

    @Test
    void keepsTheAsciiSpellingApartFromTheSpellingsThatFoldToIt() {
        assertNotEquals(IriMinter.slug("Pioro M."), IriMinter.slug("Pióro M."));
        assertEquals("pioro-m", IriMinter.slug("Pioro M."));
    }

    @Test
    void givesEveryKeyItsIriWhateverWasMintedBeforeAndByWhichMinter() {
        List<AuthorName> names = List.of(new AuthorName("Odrzygoźdź T.", "Odrzygoźdź", "T."),
                new AuthorName("Odrzygóźdź T.", "Odrzygóźdź", "T."), new AuthorName("Pióro M.", "Pióro", "M."),
                new AuthorName("张 W.", "张", "W."), new AuthorName("Cygan M.", "Cygan", "M."));
        Map<String, String> forwards = new HashMap<>();
        names.forEach(name -> forwards.put(name.asListed(), iris.person(name)));
        IriMinter another = new IriMinter(BASE);
        Map<String, String> backwards = new HashMap<>();
        for (int i = names.size() - 1; i >= 0; i--) {
            backwards.put(names.get(i).asListed(), another.person(names.get(i)));
        }

        assertEquals(forwards, backwards);
        assertEquals(names.size(), Set.copyOf(forwards.values()).size());
    }

    @Test
    void ignoresCaseAndPunctuationAsBefore() {
        assertEquals(IriMinter.slug("Pióro M."), IriMinter.slug("PIÓRO  m"));
    }

    @Test
    void leavesTheSlugOfAnAsciiKeyAsItWas() {
        String longTitle = "Next Generation of Sequence Modeling Architectures Workshop at International "
                + "Conference on Machine Learning";
        for (String key : List.of("Cygan M.", "ICML-2024-07-21", longTitle, "ippt-partner-cygan.txt")) {
            assertEquals(IriMinter.legacySlug(key), IriMinter.slug(key), key);
        }
    }

    @Test
    void cutsALongNonAsciiKeyOutsideAnyPercentEncoding() {
        String title = "深層学習による複合材料の破壊予測と亀裂進展の数値解析に関する研究";
        String slug = IriMinter.slug(title);

        assertTrue(slug.length() <= 80, slug);
        assertTrue(slug.matches(URI_SEGMENT + "-[0-9a-f]{10}"), slug);
        assertNotEquals(slug, IriMinter.slug(title + "の続き"));
    }

    @Test
    void theLegacyMinterGivesTheUnicodeIrisPublishedBefore() {
        AuthorName pioro = new AuthorName("Pióro M.", "Pióro", "M.");

        assertEquals(BASE + "person/pióro-m", iris.legacy().person(pioro));
        assertEquals(iris.person(new AuthorName("Cygan M.", "Cygan", "M.")),
                iris.legacy().person(new AuthorName("Cygan M.", "Cygan", "M.")));
    }

    private static final Event MECHANICS_2023 = new Event(Optional.of("PCM-CMM"), "Polish Congress of Mechanics",
            LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 7), new Place("Gliwice", "PL"));

    private static Publication presented(Category category, String title, String file, String... authors) {
        List<Authorship> listed = new ArrayList<>();
        for (String author : authors) {
            String[] parts = author.split(" ");
            listed.add(new Authorship(listed.size() + 1, new AuthorName(author, parts[0], parts[1]),
                    new Affiliation.Institute("IPPT PAN")));
        }
        return new Publication(new SourceLocation(file, 3), category, listed, title, Optional.of(MECHANICS_2023),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Year.of(2023),
                Optional.empty(), List.of());
    }

    @Test
    void thePublicationKeyIsTheCategoryEventYearAndFoldedTitleAlone() {
        Publication listed = presented(Category.CONFERENCE_PAPER, "Creep of Sintered Ceramics: A Study",
                "nowak-2023.txt", "Nowak J.", "Zielińska K.");
        Publication byCoAuthor = presented(Category.CONFERENCE_PAPER, "CREEP OF SINTERED CERAMICS -- a study.",
                "zielinska-2023.txt", "Zielińska K.", "Nowak J.");

        assertEquals("conference_paper | event pcm cmm 2023-09-04 | 2023 | creep of sintered ceramics a study",
                IriMinter.publicationKey(listed));
        assertEquals(IriMinter.publicationKey(listed), IriMinter.publicationKey(byCoAuthor));
        assertEquals(iris.publication(listed), iris.publication(byCoAuthor));
        assertEquals(iris.publication(listed), new IriMinter(BASE).publication(listed), "minted again");
        assertTrue(iris.publication(listed).matches(BASE + "publication/2023/creep-of-sintered-ceramics-a-study-"
                + Sha256.hex(IriMinter.publicationKey(listed)).substring(0, 6)), iris.publication(listed));
    }

    @Test
    void anAbstractAndThePaperOfOneTitleAreTwoPublicationsThatOnceWereOne() {
        Publication paper = presented(Category.CONFERENCE_PAPER, "Creep of Sintered Ceramics", "a.txt", "Nowak J.");
        Publication summary = presented(Category.CONFERENCE_ABSTRACT, "Creep of Sintered Ceramics", "a.txt",
                "Nowak J.");

        assertNotEquals(iris.publication(paper), iris.publication(summary));
        for (IriMinter earlier : iris.earlier()) {
            assertEquals(earlier.publication(paper), earlier.publication(summary), "one IRI before");
        }
    }

    @Test
    void aPublicationWithADoiIsKeyedByItAloneWhateverItsTitleAndYear() {
        Publication listed = presented(Category.JOURNAL_ARTICLE, "Creep of Sintered Ceramics", "a.txt", "Nowak J.");
        Publication withDoi = new Publication(listed.source(), listed.category(), listed.authors(),
                listed.title(), listed.event(), listed.journal(), listed.book(),
                Optional.of(Doi.of("https://doi.org/10.24423/AOM.4217")), listed.pages(), listed.year(),
                listed.abstractText(), listed.keywords());
        Publication retitled = new Publication(withDoi.source(), withDoi.category(), withDoi.authors(),
                "Creep in sintered ceramics (extended)", Optional.empty(), withDoi.journal(), withDoi.book(),
                withDoi.doi(), withDoi.pages(), Year.of(2024), withDoi.abstractText(), withDoi.keywords());

        assertEquals("doi 10.24423/aom.4217", IriMinter.publicationKey(withDoi));
        assertEquals(iris.publication(withDoi), iris.publication(retitled));
        assertTrue(iris.publication(withDoi).matches(BASE + "publication/doi/10.24423-aom.4217-[0-9a-f]{6}"),
                iris.publication(withDoi));
    }

    @Test
    void aLongOrUnfoldableTitleStaysAReadableUriSegment() {
        String iri = iris.publication(presented(Category.CONFERENCE_PAPER, "Wpływ wilgotności na pękanie "
                + "kompozytów włóknistych wzmacnianych tkaniną bazaltową w warunkach cyklicznych", "a.txt",
                "Nowak J."));
        String cjk = iris.publication(presented(Category.CONFERENCE_PAPER, "陶瓷蠕变", "a.txt", "Nowak J."));

        String segment = iri.substring(iri.lastIndexOf('/') + 1);
        assertTrue(segment.matches("wplyw-wilgotnosci-na-pekanie-kompozytow-wloknistych-[0-9a-f]{6}"), iri);
        assertTrue(segment.length() <= 60 + 7, iri);
        assertTrue(cjk.substring(cjk.lastIndexOf('/') + 1).matches(URI_SEGMENT), cjk);
    }
}
