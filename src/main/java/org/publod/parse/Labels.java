package org.publod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    private static final Map<String, Block> BLOCK_LABELS = Map.of(
            "Streszczenie", Block.ABSTRACT, "Abstract", Block.ABSTRACT,
            "Słowa kluczowe", Block.KEYWORDS, "Keywords", Block.KEYWORDS,
            "Afiliacje autorów", Block.AFFILIATIONS, "Affiliations", Block.AFFILIATIONS);
    private static final int LONGEST_HEADING = 30;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A block label found in a line: where it starts and ends (after its colon), and the block it opens. */
    record Label(int start, int end, Block block) {
    }

    private Labels() {
    }

    private static Heading heading(Category category) {
        return new Heading(Optional.of(category));
    }

    static Optional<Heading> heading(String line) {
        if (line.length() > LONGEST_HEADING + 10) {
            return Optional.empty();
        }
        String key = WHITESPACE.matcher(line.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1);
        }
        return Optional.ofNullable(HEADINGS.get(key));
    }

    /**
     * The block labels in a line, written alone or inline ("..., 2024 Streszczenie: text"). Only a colon can end
     * a label, so the search looks behind each colon instead of trying every position of long abstract lines.
     */
    static List<Label> blockLabels(String line) {
        List<Label> labels = new ArrayList<>();
        for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
            int end = colon;
            while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            for (Map.Entry<String, Block> label : BLOCK_LABELS.entrySet()) {
                int start = end - label.getKey().length();
                if (start >= 0 && line.startsWith(label.getKey(), start)
                        && (start == 0 || Character.isWhitespace(line.charAt(start - 1)))) {
                    labels.add(new Label(start, colon + 1, label.getValue()));
                }
            }
        }
        return labels;
    }
}
