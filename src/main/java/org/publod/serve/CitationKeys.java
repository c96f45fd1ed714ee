package org.publod.serve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.publod.model.Ascii;

/**
 * The keys of one bibliography: the first author's family name folded to ASCII, the year and the first word of the
 * title that is not an article or a preposition ({@code ludziejewski2024scaling}). A key made before in the same
 * bibliography gets a letter, as author-year styles tell such works apart ({@code nowak2024strainb}), so a list is
 * keyed the same every time it is written in the same order.
 */
final class CitationKeys {
    private static final Set<String> SKIPPED = Set.of("a", "an", "the", "on", "of", "in", "for", "and", "to", "with",
            "from", "at", "by", "towards", "toward", "o", "w", "z", "na", "i");

    private final Set<String> used = new HashSet<>();

    /** The key of the next citation, unique among those this bibliography gave. */
    String next(Citation citation) {
        String base = base(citation);
        if (used.add(base)) {
            return base;
        }
        for (int n = 1; ; n++) {
            String key = base + suffix(n);
            if (used.add(key)) {
                return key;
            }
        }
    }

    /** The key without a suffix. */
    static String base(Citation citation) {
        String family = citation.authors().isEmpty() ? "anonymous" : word(citation.authors().get(0).family());
        String title = "";
        for (String word : Ascii.comparable(citation.title()).split(" ")) {
            String letters = word(word);
            if (!letters.isEmpty() && !SKIPPED.contains(letters)) {
                title = letters;
                break;
            }
        }
        return (family.isEmpty() ? "anonymous" : family) + citation.year().replaceAll("[^0-9]", "") + title;
    }

    /** b, c, ..., z, then z2, z3, ... */
    private static String suffix(int n) {
        return n < 25 ? String.valueOf((char) ('a' + n)) : "z" + (n - 23);
    }

    private static String word(String text) {
        return Ascii.fold(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
