package org.publod.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.publod.model.AuthorName;

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
}
