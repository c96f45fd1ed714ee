package org.publod.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;
import org.publod.model.Ascii;

/**
 * Titles and names folded for comparison: HTML entities decoded (the dblp API keeps {@code &apos;}), then folded
 * as publication keys fold them ({@link Ascii#comparable}), and the marks of other scripts dropped too.
 */
final class Titles {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "for", "in", "on", "and", "to",
            "with", "by", "via", "from", "at", "is", "are", "as", "its", "or", "into", "using");

    private Titles() {
    }

    /** The folded form: lower case ASCII letters and digits separated by single spaces. */
    static String normalize(String text) {
        String comparable = Ascii.comparable(StringEscapeUtils.unescapeHtml4(text));
        return Normalizer.normalize(comparable, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
