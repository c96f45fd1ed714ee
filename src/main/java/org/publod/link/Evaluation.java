package org.publod.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.publod.PublodException;
import org.publod.model.Linkset;
import org.publod.model.PersonLink;
import org.publod.model.PublicationLink;

/**
 * Precision, recall and F1 of a linkset against a gold standard: a CSV file with the columns {@code kind}
 * ({@code publication} or {@code person}), {@code subject} (the title, or the name as listed) and {@code target}
 * (the dblp record, dblp person or ORCID IRI). Subjects compare as the curator's files do: titles folded, names
 * by person key.
 */
public final class Evaluation {
    /**
     * The scores of one kind of link.
     *
     * @param kind {@code publication} or {@code person}
     * @param truePositives links in both
     * @param predicted links published
     * @param expected links in the gold standard
     */
    public record Score(String kind, int truePositives, int predicted, int expected) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        public double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        public double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s links: precision %.3f, recall %.3f, F1 %.3f "
                    + "(%d correct of %d published, %d in the gold standard)", kind, precision(), recall(), f1(),
                    truePositives, predicted, expected);
        }
    }

    /**
     * Both scores.
     *
     * @param publications publication links
     * @param persons person links (dblp and ORCID)
     */
    public record Result(Score publications, Score persons) {
    }

    private Evaluation() {
    }

    public static Result evaluate(Linkset linkset, Path gold) {
        Set<String> expectedPublications = new HashSet<>();
        Set<String> expectedPersons = new HashSet<>();
        try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setCommentMarker('#').get();
            for (CSVRecord row : format.parse(in)) {
                String kind = row.get("kind");
                String key = pair(kind, row.get("subject"), row.get("target"));
                (kind.equals(Curation.PUBLICATION) ? expectedPublications : expectedPersons).add(key);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot read the gold standard " + gold
                    + ": " + e.getMessage(), e);
        }
        Set<String> publications = new HashSet<>();
        for (PublicationLink link : linkset.publications()) {
            publications.add(pair(Curation.PUBLICATION, link.publication().title(), link.dblpUrl()));
        }
        Set<String> persons = new HashSet<>();
        for (PersonLink link : linkset.persons()) {
            persons.add(pair(Curation.PERSON, link.person().asListed(), link.url()));
        }
        return new Result(score(Curation.PUBLICATION, publications, expectedPublications),
                score(Curation.PERSON, persons, expectedPersons));
    }

    private static Score score(String kind, Set<String> predicted, Set<String> expected) {
        Set<String> correct = new HashSet<>(predicted);
        correct.retainAll(expected);
        return new Score(kind, correct.size(), predicted.size(), expected.size());
    }

    private static String pair(String kind, String subject, String target) {
        return Curation.subjectKey(kind, subject) + "\t" + target.strip();
    }
}
