package org.publod.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publod.model.Category;

/** The headings and block labels of IPPT PAN reports, in their Polish and English versions. */
final class Labels {

    /** The labelled blocks that may follow a citation. */
    enum Block {
        ABSTRACT,
        KEYWORDS,
        AFFILIATIONS
    }

    /** A heading: the category it announces, or none for pages that mix categories. */
    record Heading(Optional<Category> category) {
    }

    private static final Map<String, Heading> HEADINGS = Map.ofEntries(
            Map.entry("prace konferencyjne", heading(Category.CONFERENCE_PAPER)),
            Map.entry("conference papers", heading(Category.CONFERENCE_PAPER)),
            Map.entry("publikacje w czasopismach", heading(Category.JOURNAL_ARTICLE)),
            Map.entry("journal articles", heading(Category.JOURNAL_ARTICLE)),
            Map.entry("abstrakty konferencyjne", heading(Category.CONFERENCE_ABSTRACT)),
            Map.entry("conference abstracts", heading(Category.CONFERENCE_ABSTRACT)),
            Map.entry("monografie", heading(Category.MONOGRAPH)),
            Map.entry("monographs", heading(Category.MONOGRAPH)),
            Map.entry("rozdziały w monografiach", heading(Category.CHAPTER)),
            Map.entry("chapters in monographs", heading(Category.CHAPTER)),
            Map.entry("ostatnie publikacje", new Heading(Optional.empty())),
            Map.entry("recent publications", new Heading(Optional.empty())));

    private static final Pattern BLOCK_LABEL = Pattern.compile(
            "(?<label>Streszczenie|Abstract|Słowa kluczowe|Keywords|Afiliacje autorów|Affiliations)\\s*:",
            Pattern.UNICODE_CASE);

    private Labels() {
    }

    private static Heading heading(Category category) {
        return new Heading(Optional.of(category));
    }

    static Optional<Heading> heading(String line) {
        String key = line.strip().replaceAll("\\s+", " ").replaceFirst(":$", "").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(HEADINGS.get(key));
    }

    /** Finds the first block label in a line at or after {@code from}, for labels written inline too. */
    static Matcher blockLabels(String line) {
        return BLOCK_LABEL.matcher(line);
    }

    static Block block(String label) {
        return switch (label) {
            case "Streszczenie", "Abstract" -> Block.ABSTRACT;
            case "Słowa kluczowe", "Keywords" -> Block.KEYWORDS;
            default -> Block.AFFILIATIONS;
        };
    }
}
