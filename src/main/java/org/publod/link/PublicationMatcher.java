package org.publod.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.publod.model.Authorship;
import org.publod.model.Doi;
import org.publod.model.Publication;

/**
 * Scores a dblp record as the record of a publication. The score weighs title similarity (0.55), the year
 * (0.15; one year apart still counts, as a preprint and its proceedings version often are), the author count
 * (0.10) and the surnames (0.20, half for agreement in order, half for agreement in any order). A year further
 * off than one rules the record out. The same DOI on both sides is decisive.
 */
final class PublicationMatcher {
    static final String METHOD = "title+year+authors";
    private static final double DOI_SCORE = 0.99;

    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
    private final CosineSimilarity cosine = new CosineSimilarity();

    Optional<Candidate> score(Publication publication, DblpRecord record) {
        int yearGap = record.year() == 0 ? 0 : Math.abs(record.year() - publication.year().getValue());
        if (yearGap > 1) {
            return Optional.empty();
        }
        List<String> facts = new ArrayList<>();
        double title = titleSimilarity(publication.title(), record.title());
        facts.add(String.format(Locale.ROOT, "title similarity %.2f", title));
        double year = yearGap == 0 ? 1.0 : 0.5;
        facts.add(yearGap == 0 ? "same year" : "year one apart");
        int listed = publication.authors().size();
        int dblp = record.authors().size();
        double count = dblp == 0 ? 0 : 1.0 - (double) Math.abs(listed - dblp) / Math.max(listed, dblp);
        facts.add(listed + " authors listed, " + dblp + " in dblp");
        double inOrder = surnamesInOrder(publication.authors(), record.authors());
        double anyOrder = surnamesAnyOrder(publication.authors(), record.authors());
        facts.add(String.format(Locale.ROOT, "surnames agree %.2f in order, %.2f in any order", inOrder, anyOrder));
        double score = 0.55 * title + 0.15 * year + 0.10 * count + 0.10 * inOrder + 0.10 * anyOrder;
        if (sameDoi(publication, record)) {
            facts.add("same DOI " + record.doi().orElseThrow());
            score = Math.max(score, DOI_SCORE);
        }
        return Optional.of(new Candidate(publication, record, Math.min(1.0, score), facts));
    }

    /** The mean of two library measures on folded titles: edit-distance similarity and word cosine. */
    double titleSimilarity(String listed, String dblp) {
        String a = Titles.normalize(listed);
        String b = Titles.normalize(dblp);
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) {
            return 0;
        }
        double edit = 1.0 - (double) levenshtein.apply(a, b) / longest;
        Double words = cosine.cosineSimilarity(wordCounts(a), wordCounts(b));
        return (edit + (words == null || words.isNaN() ? 0 : words)) / 2;
    }

    private static Map<CharSequence, Integer> wordCounts(String folded) {
        Map<CharSequence, Integer> counts = new HashMap<>();
        for (String word : folded.split(" ")) {
            counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }

    private static boolean sameDoi(Publication publication, DblpRecord record) {
        return publication.doi().map(Doi::value).flatMap(doi -> record.doi().map(doi::equalsIgnoreCase))
                .orElse(false);
    }

    private static double surnamesInOrder(List<Authorship> listed, List<DblpSignature> dblp) {
        int agree = 0;
        for (int i = 0; i < Math.min(listed.size(), dblp.size()); i++) {
            if (Names.agreement(listed.get(i).name(), dblp.get(i).dblpName()) != Names.Agreement.NONE) {
                agree++;
            }
        }
        return listed.isEmpty() ? 0 : (double) agree / Math.max(listed.size(), dblp.size());
    }

    private static double surnamesAnyOrder(List<Authorship> listed, List<DblpSignature> dblp) {
        long agree = listed.stream().filter(author -> dblp.stream().anyMatch(signature ->
                Names.agreement(author.name(), signature.dblpName()) != Names.Agreement.NONE)).count();
        return listed.isEmpty() ? 0 : (double) agree / Math.max(listed.size(), dblp.size());
    }
}
