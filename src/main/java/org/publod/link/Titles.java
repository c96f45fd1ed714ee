package org.publod.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Titles and names folded for comparison: HTML entities decoded (the dblp API keeps {@code &apos;}), case,
 * diacritics and the letters Unicode does not decompose (ł, ø, ß, đ) folded, punctuation and a trailing period
 * dropped.
 */
final class Titles {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "for", "in", "on", "and", "to",
            "with", "by", "via", "from", "at", "is", "are", "as", "its", "or", "into", "using");

    private Titles() {
    }

    /** The folded form: lower case ASCII letters and digits separated by single spaces. */
    static String normalize(String text) {
        String decoded = StringEscapeUtils.unescapeHtml4(text);
        String folded = Normalizer.normalize(decoded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("ß", "ss").replace("æ", "ae");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The words of a title that say something: folded, stop words left out. */
    static List<String> tokens(String title) {
        String normalized = normalize(title);
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalized.split(" ")).filter(token -> !STOP_WORDS.contains(token)).distinct()
                .toList();
    }
}
