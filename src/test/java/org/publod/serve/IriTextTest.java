package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** IRIs to URIs and back (RFC 3987 sections 3.1 and 3.2). */
class IriTextTest {
    @Test
    void percentEncodesNonAsciiLettersAsUtf8() {
        assertEquals("https://e.org/person/pi%C3%B3ro-m", IriText.toUri("https://e.org/person/pióro-m"));
        assertEquals("https://e.org/person/odrzyg%C3%B3%C5%BAd%C5%BA-t",
                IriText.toUri("https://e.org/person/odrzygóźdź-t"));
    }

    @Test
    void keepsPercentEncodingsAndReservedCharactersAsTheyAre() {
        assertEquals("https://e.org/a%20b?x=1&y#f", IriText.toUri("https://e.org/a%20b?x=1&y#f"));
        assertEquals("https://e.org/a%20b%22", IriText.toUri("https://e.org/a b\""));
    }

    @Test
    void decodesUtf8OfNonAsciiAndUnreservedOnly() {
        assertEquals("person/pióro-m", IriText.fromUri("person/pi%C3%B3ro-m"));
        assertEquals("person/pióro-m", IriText.fromUri("person/pi%c3%b3r%6F-m"));
        assertEquals("a%20b%2Fc%25d%3F", IriText.fromUri("a%20b%2fc%25d%3F"));
        assertEquals("bad%C3%28utf8", IriText.fromUri("bad%C3%28utf8"));
        assertEquals("trailing%", IriText.fromUri("trailing%"));
        assertEquals("already-pióro", IriText.fromUri("already-pióro"));
    }

    @Test
    void upperCasesTheHexDigitsOfPercentEncodingsOnly() {
        assertEquals("person/%E5%BC%A0-w", IriText.upperCaseEscapes("person/%e5%bc%a0-w"));
        assertEquals("face-%4Bb-%zz-%", IriText.upperCaseEscapes("face-%4bb-%zz-%"));
    }

    @Property
    void anIriSurvivesTheTripToAUriAndBack(@ForAll("iriTails") String tail) {
        String iri = "https://e.org/" + tail;
        assertEquals(iri, IriText.fromUri(IriText.toUri(iri)));
    }

    /** Printable ASCII and letters of the Basic Multilingual Plane, without what no IRI holds, and '%'. */
    @Provide
    Arbitrary<String> iriTails() {
        return Arbitraries.strings().withCharRange('!', '~').withCharRange('\u00A1', '\uD7FF').ofMaxLength(30)
                .filter(tail -> tail.isEmpty() || IriText.isPlausibleIri(tail)).map(tail -> tail.replace("%", ""));
    }

    @Test
    void tellsTextThatCannotBeAnIri() {
        assertTrue(IriText.isPlausibleIri("https://e.org/person/pióro-m"));
        assertFalse(IriText.isPlausibleIri("https://e.org/a b"));
        assertFalse(IriText.isPlausibleIri("https://e.org/a> } DROP ALL #"));
        assertFalse(IriText.isPlausibleIri(""));
    }
}
