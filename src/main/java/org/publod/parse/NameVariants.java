package org.publod.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.publod.model.Ascii;
import org.publod.model.AuthorName;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;

/**
 * Notices names in one report that differ only in diacritics ("Odrzygoźdź T." and "Odrzygóźdź T."): probably
 * one person misspelt, which a curator or the linker should decide. It remembers one spelling per name, so
 * its memory grows with the people in a report, not with its entries.
 */
final class NameVariants {
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
        return Ascii.fold(name.familyNameAndSuffix() + " " + name.initials()).toLowerCase(Locale.ROOT);
    }
}
