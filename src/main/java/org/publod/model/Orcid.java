package org.publod.model;

import java.util.Objects;
import java.util.Optional;
import org.publod.vocab.Resolvers;

/**
 * An ORCID iD, {@code NNNN-NNNN-NNNN-NNNC}, with its ISO 7064 MOD 11-2 check character verified.
 *
 * @param value the sixteen-character iD with hyphens
 */
public record Orcid(String value) {
    public Orcid {
        Objects.requireNonNull(value, "value");
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Reads an iD, also from its {@code https://orcid.org/} form. */
    public static Orcid of(String text) {
        return new Orcid(strip(text));
    }

    /** Why {@code text} is not an ORCID iD, or empty if it is one. */
    public static Optional<String> problem(String text) {
        String id = strip(text);
        if (!id.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]")) {
            return Optional.of("an ORCID iD is four groups of four digits, NNNN-NNNN-NNNN-NNNC");
        }
        String digits = id.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + digits.charAt(i) - '0') * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == expected ? Optional.empty()
                : Optional.of("the ORCID iD's check character should be " + expected);
    }

    public String url() {
        return Resolvers.ORCID + value;
    }

    private static String strip(String text) {
        return text.strip().replaceFirst("^https?://orcid\\.org/", "");
    }
}
