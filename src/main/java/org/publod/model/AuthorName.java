package org.publod.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * An author as a report lists them: "Cygan M.", "Nowak J.A.", "van der Berg P.".
 *
 * @param asListed the name exactly as printed (NFC)
 * @param familyName the surname, particles and suffix included
 * @param initials the initials with their periods ("M.", "J.A.")
 */
public record AuthorName(String asListed, String familyName, String initials) {
    public AuthorName {
        Objects.requireNonNull(asListed, "asListed");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(initials, "initials");
        if (familyName.isBlank()) {
            throw new IllegalArgumentException("an author needs a family name, found \"" + asListed + "\"");
        }
    }

    /**
     * The key that identifies one person within the institute's reports: the NFC name, case-folded.
     * Spellings that differ in diacritics stay different keys; deciding that they are one person is
     * evidence the linker weighs, not something a name key may assume.
     */
    public String key() {
        String nfc = Normalizer.normalize(familyName + " " + initials, Normalizer.Form.NFC);
        return nfc.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
