package org.publod.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An author as a report lists them: "Cygan M.", "Nowak J.A.", "van der Berg P.", "Smith Jr J.".
 *
 * @param asListed the name exactly as printed (NFC), without footnote markers
 * @param familyName the surname with its particles, without a generational suffix
 * @param initials the initials with their periods ("M.", "J.A.")
 * @param suffix a generational suffix as printed ("Jr", "Jr.", "II"), if any
 */
public record AuthorName(String asListed, String familyName, String initials, Optional<String> suffix) {
    public AuthorName {
        Objects.requireNonNull(asListed, "asListed");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(suffix, "suffix");
        if (familyName.isBlank()) {
            throw new IllegalArgumentException("an author needs a family name, found \"" + asListed + "\"");
        }
    }

    /** A name without a suffix. */
    public AuthorName(String asListed, String familyName, String initials) {
        this(asListed, familyName, initials, Optional.empty());
    }

    /**
     * The family name followed by the suffix ("Smith Jr"): a father and a son differ only there, so whatever
     * tells people apart (the key, the IRI) uses this, not the family name alone.
     */
    public String familyNameAndSuffix() {
        return suffix.map(text -> familyName + " " + text).orElse(familyName);
    }

    /**
     * The key that identifies one person within the institute's reports: the NFC name, case-folded.
     * Spellings that differ in diacritics stay different keys; deciding that they are one person is
     * evidence the linker weighs, not something a name key may assume.
     */
    public String key() {
        String nfc = Normalizer.normalize(familyNameAndSuffix() + " " + initials, Normalizer.Form.NFC);
        return nfc.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
