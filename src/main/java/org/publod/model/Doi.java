package org.publod.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.publod.vocab.Resolvers;

/**
 * A Digital Object Identifier, lower-cased as OpenCitations writes them (DOIs are case-insensitive).
 *
 * @param value the bare DOI, such as {@code 10.5555/12345678}
 */
public record Doi(String value) {
    /** "10." + a registrant code of 4 to 9 digits (with optional ".sub" parts) + "/" + a suffix without spaces. */
    private static final Pattern SYNTAX = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");

    public Doi {
        Objects.requireNonNull(value, "value");
        if (!SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException(problem(value).orElse("not a DOI"));
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    /** Reads a DOI, also from its {@code https://doi.org/} or {@code doi:} forms. */
    public static Doi of(String text) {
        return new Doi(strip(text));
    }

    /** Why {@code text} is not a DOI, or empty if it is one. */
    public static Optional<String> problem(String text) {
        String bare = strip(text);
        if (SYNTAX.matcher(bare).matches()) {
            return Optional.empty();
        }
        if (!bare.startsWith("10.")) {
            return Optional.of("a DOI starts with \"10.\"");
        }
        return Optional.of("a DOI is \"10.\", a registrant code of 4 to 9 digits, \"/\" and a suffix");
    }

    public String url() {
        return Resolvers.DOI + value;
    }

    private static String strip(String text) {
        return text.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
    }
}
