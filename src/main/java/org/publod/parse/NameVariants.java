package org.publod.parse;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.publod.model.AuthorName;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;

/**
 * Notices names in one report that differ only in diacritics ("Odrzygoźdź T." and "Odrzygóźdź T."): probably
 * one person misspelt, which a curator or the linker should decide. It remembers one spelling per name, so
 * its memory grows with the people in a report, not with its entries.
 */
final class NameVariants {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final Map<String, Seen> firstSpellings = new HashMap<>();

    private record Seen(String spelling, SourceLocation location) {
    }

    Optional<Diagnostic> check(AuthorName name, SourceLocation location) {
        Seen first = firstSpellings.putIfAbsent(folded(name), new Seen(name.asListed(), location));
        if (first == null || first.spelling().equals(name.asListed())) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.warning(location, "authors", "\"" + name.asListed() + "\" differs from \""
                + first.spelling() + "\" (line " + first.location().line()
                + ") only in diacritics; probably one person", name.asListed()));
    }

    private static String folded(AuthorName name) {
        String key = name.familyNameAndSuffix() + " " + name.initials();
        if (key.chars().allMatch(c -> c < 128)) {
            return key.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(name.familyNameAndSuffix() + " " + name.initials(),
                Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('ł', 'l').replace('Ł', 'L').toLowerCase(Locale.ROOT);
    }
}
