package org.publod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void acceptsAValidOrcidAndItsUrlForm() {
        assertEquals("0000-0002-1825-0097", Orcid.of("https://orcid.org/0000-0002-1825-0097").value());
        assertEquals("0000-0001-5109-3700", Orcid.of("0000-0001-5109-3700").value());
        assertEquals("0000-0002-1694-233X", Orcid.of("0000-0002-1694-233X").value());
    }

    @Test
    void rejectsOrcidWithBadChecksum() {
        assertEquals(Optional.of("the ORCID iD's check character should be 7"), Orcid.problem("0000-0002-1825-0096"));
        assertThrows(IllegalArgumentException.class, () -> Orcid.of("0000-0002-1825-0096"));
    }

    @Test
    void acceptsIssnWithOrWithoutHyphenAndChecksItsDigit() {
        assertEquals("0020-7683", Issn.of("00207683").value());
        assertEquals("0378-5955", Issn.of("0378-5955").value());
        assertEquals(Optional.of("the ISSN's check digit should be 3"), Issn.problem("0020-7684"));
        assertEquals(Optional.of("an ISSN is eight characters NNNN-NNNC, the last a digit or X"),
                Issn.problem("12-34"));
    }

    @Test
    void readsDoisInTheirUsualFormsAndLowerCasesThem() {
        assertEquals("10.1016/j.ijsolstr.2024.112345",
                Doi.of("https://doi.org/10.1016/J.IJSOLSTR.2024.112345").value());
        assertEquals("10.24423/aom.4000", Doi.of("doi:10.24423/AOM.4000").value());
        assertEquals(Optional.of("a DOI starts with \"10.\""), Doi.problem("5555/12345"));
        assertEquals(Optional.of("a DOI is \"10.\", a registrant code of 4 to 9 digits, \"/\" and a suffix"),
                Doi.problem("10.12/x"));
    }

    /** Every 15-digit body has exactly one check character that makes a valid iD. */
    @Property
    void exactlyOneOrcidCheckCharacterIsValid(@ForAll @IntRange(min = 0, max = 999_999_999) int high,
                                              @ForAll @IntRange(min = 0, max = 999_999) int low) {
        String body = String.format("%09d%06d", high, low);
        String grouped = body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8, 12) + "-"
                + body.substring(12, 15);
        long valid = "0123456789X".chars().filter(c -> Orcid.problem(grouped + (char) c).isEmpty()).count();
        assertEquals(1, valid, grouped);
    }

    /** Likewise for ISSNs: one check character per seven-digit body. */
    @Property
    void exactlyOneIssnCheckCharacterIsValid(@ForAll @IntRange(min = 0, max = 9_999_999) int body) {
        String digits = String.format("%07d", body);
        String prefix = digits.substring(0, 4) + "-" + digits.substring(4);
        long valid = "0123456789X".chars().filter(c -> Issn.problem(prefix + (char) c).isEmpty()).count();
        assertEquals(1, valid, prefix);
    }
}
