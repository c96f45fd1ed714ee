package org.publod.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An International Standard Serial Number, always in its hyphenated form {@code NNNN-NNNC}.
 *
 * @param value the ISSN with its hyphen
 */
public record Issn(String value) {
    public Issn {
        Objects.requireNonNull(value, "value");
        Optional<String> problem = problem(value);
        if (problem.isPresent() || value.length() != 9) {
            throw new IllegalArgumentException(problem.orElse("an ISSN is written NNNN-NNNC"));
        }
    }

    /** Reads an ISSN written with or without its hyphen. */
    public static Issn of(String text) {
        String compact = text.strip().replace("-", "").toUpperCase(Locale.ROOT);
        return new Issn(compact.length() == 8 ? compact.substring(0, 4) + "-" + compact.substring(4) : text);
    }

    /** Why {@code text} is not an ISSN, or empty if it is one (with or without the hyphen). */
    public static Optional<String> problem(String text) {
        String compact = text.strip().toUpperCase(Locale.ROOT);
        if (!compact.matches("\\d{4}-?\\d{3}[\\dX]")) {
            return Optional.of("an ISSN is eight characters NNNN-NNNC, the last a digit or X");
        }
        compact = compact.replace("-", "");
        // ISO 3297: weights 8..2 on the first seven digits; the check character makes the sum divisible by 11.
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (compact.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return compact.charAt(7) == expected ? Optional.empty()
                : Optional.of("the ISSN's check digit should be " + expected);
    }
}
