package org.publod.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.publod.model.PublishedAuthorship;
import org.publod.model.Doi;
import org.publod.model.PublishedWork;

/**
 * Scores a dblp record as the record of a publication. The score weighs title similarity, the year (one year
 * apart still counts, half, as a preprint and its proceedings version often are), the author count and the
 * surnames (half for agreement in order, half for agreement in any order); the weights are {@link #WEIGHTS}.
 * A year further off than {@link #MAX_YEAR_GAP} rules the record out. The same DOI on both sides is decisive.
 *
 * <p>A preprint and its version of record usually share title, authors and often the year, so the score alone
 * cannot tell them apart. What does: dblp files every arXiv preprint in the journal CoRR (venue {@code CoRR},
 * a DOI under arXiv's prefix {@code 10.48550}), and a report lists the version of record with its event,
 * journal or book. The record key ({@code journals/corr/...}) is not used: the venue already says it.
 * {@link #isPreprint(DblpRecord)} and {@link #isPreprint(Publication)} say which side is a preprint; the
 * linker never auto-accepts a preprint record for a publication that is not one (the two are different
 * expressions of one work, never one resource: such a pair goes to review) and does not let the preprint
 * compete with the version of record for the margin. Year gap, title changes and author order are only
 * scored, not used to tell the two apart: a preprint often keeps all three.
 */
final class PublicationMatcher {
    /**
     * The weights of the score's parts, summing to 1.
     *
     * @param title title similarity, the strongest sign: a title is nearly unique within a year
     * @param year the year, same or one apart
     * @param authorCount how close the author counts are
     * @param surnamesInOrder surnames that agree at the same position
     * @param surnamesAnyOrder surnames that agree at any position (author order changes between versions)
     */
    record Weights(double title, double year, double authorCount, double surnamesInOrder, double surnamesAnyOrder) {
        Weights {
            double sum = title + year + authorCount + surnamesInOrder + surnamesAnyOrder;
            if (Math.abs(sum - 1.0) > 1e-9) {
                throw new IllegalArgumentException("score weights must sum to 1, sum to " + sum);
            }
        }
    }

    static final Weights WEIGHTS = new Weights(0.55, 0.15, 0.10, 0.10, 0.10);
    /** Years apart beyond which a record is not the publication (preprint one year, proceedings the next). */
    static final int MAX_YEAR_GAP = 1;
    /** The year part's credit for a record one year off. */
    static final double YEAR_ONE_APART = 0.5;
    /** dblp's venue for arXiv preprints ("Computing Research Repository"). */
    static final String PREPRINT_VENUE = "CoRR";
    /** The DOI prefix arXiv registers its preprints under (10.48550/arXiv.2310.15961). */
    static final String ARXIV_DOI_PREFIX = "10.48550/";

    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
    private final CosineSimilarity cosine = new CosineSimilarity();

    Optional<Candidate> score(PublishedWork publication, DblpRecord record) {
        int yearGap = record.year() == 0 ? 0 : Math.abs(record.year() - publication.year().getValue());
        if (yearGap > MAX_YEAR_GAP) {
            return Optional.empty();
        }
        List<String> facts = new ArrayList<>();
        double title = titleSimilarity(publication.title(), record.title());
        facts.add(String.format(Locale.ROOT, "title similarity %.2f", title));
        double year = yearGap == 0 ? 1.0 : YEAR_ONE_APART;
        facts.add(yearGap == 0 ? "same year" : "year one apart");
        int listed = publication.authors().size();
        int dblp = record.authors().size();
        double count = dblp == 0 ? 0 : 1.0 - (double) Math.abs(listed - dblp) / Math.max(listed, dblp);
        facts.add(listed + " authors listed, " + dblp + " in dblp");
        double inOrder = surnamesInOrder(publication.authors(), record.authors());
        double anyOrder = surnamesAnyOrder(publication.authors(), record.authors());
        facts.add(String.format(Locale.ROOT, "surnames agree %.2f in order, %.2f in any order", inOrder, anyOrder));
        double score = WEIGHTS.title() * title + WEIGHTS.year() * year + WEIGHTS.authorCount() * count
                + WEIGHTS.surnamesInOrder() * inOrder + WEIGHTS.surnamesAnyOrder() * anyOrder;
        if (sameDoi(publication, record)) {
            facts.add("same DOI " + record.doi().orElseThrow());
            score = Math.max(score, Confidence.DOI_MATCH.score());
        }
        return Optional.of(new Candidate(publication, record, Math.min(1.0, score), facts));
    }

    /** Whether dblp files the record as an arXiv preprint (CoRR). */
    static boolean isPreprint(DblpRecord record) {
        return record.venue().equalsIgnoreCase(PREPRINT_VENUE)
                || record.doi().filter(doi -> doi.startsWith(ARXIV_DOI_PREFIX)).isPresent();
    }

    /**
     * Whether the report lists the publication as a preprint: an arXiv DOI, or a journal named arXiv or CoRR
     * (how reports list a preprint that has no version of record yet).
     */
    static boolean isPreprint(PublishedWork publication) {
        boolean arxivDoi = publication.doi().map(doi -> doi.value().toLowerCase(Locale.ROOT))
                .filter(doi -> doi.startsWith(ARXIV_DOI_PREFIX)).isPresent();
        boolean arxivJournal = publication.journalTitle().map(Titles::normalize)
                .filter(title -> title.equals("corr") || title.startsWith("arxiv")
                        || title.startsWith("corr ")).isPresent();
        return arxivDoi || arxivJournal;
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

    private static boolean sameDoi(PublishedWork publication, DblpRecord record) {
        return publication.doi().map(Doi::value).flatMap(doi -> record.doi().map(doi::equalsIgnoreCase))
                .orElse(false);
    }

    private static double surnamesInOrder(List<PublishedAuthorship> listed, List<DblpSignature> dblp) {
        int agree = 0;
        for (int i = 0; i < Math.min(listed.size(), dblp.size()); i++) {
            if (Names.agreement(listed.get(i).name(), dblp.get(i).dblpName()) != Names.Agreement.NONE) {
                agree++;
            }
        }
        return listed.isEmpty() ? 0 : (double) agree / Math.max(listed.size(), dblp.size());
    }

    private static double surnamesAnyOrder(List<PublishedAuthorship> listed, List<DblpSignature> dblp) {
        long agree = listed.stream().filter(author -> dblp.stream().anyMatch(signature ->
                Names.agreement(author.name(), signature.dblpName()) != Names.Agreement.NONE)).count();
        return listed.isEmpty() ? 0 : (double) agree / Math.max(listed.size(), dblp.size());
    }
}
