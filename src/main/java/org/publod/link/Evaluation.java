package org.publod.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.publod.PublodException;
import org.publod.model.Person;
import org.publod.model.PublicationLink;
import org.publod.model.PublishedAuthorship;
import org.publod.model.PublishedWork;
import org.publod.model.SourceLocation;

/**
 * Precision, recall and F1 of a linking run against a gold standard written without publod: a CSV file with the
 * columns {@code kind}, {@code entry}, {@code position} and {@code target}. A {@code publication} row says that the
 * report entry at {@code entry} ({@code file:line}, the line its number stands on) is the dblp record
 * {@code target}; an {@code authorship} row says that the author at {@code position} of that entry is the dblp
 * person or holds the ORCID iD {@code target}. Authorships are scored one by one, as published: a person's pid and
 * iD count for every authorship the person holds.
 */
public final class Evaluation {
    /**
     * The scores of one kind of link.
     *
     * @param kind {@code publication} or {@code authorship}
     * @param correct links published that the gold standard holds
     * @param predicted links published
     * @param found links of the gold standard that were published
     * @param expected links in the gold standard
     */
    public record Score(String kind, int correct, int predicted, int found, int expected) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) correct / predicted;
        }

        public double recall() {
            return expected == 0 ? 1.0 : (double) found / expected;
        }

        public double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s links: precision %.3f, recall %.3f, F1 %.3f "
                    + "(%d correct of %d published; %d of %d in the gold standard found)", kind, precision(), recall(),
                    f1(), correct, predicted, found, expected);
        }
    }

    /**
     * Both scores.
     *
     * @param publications publication links
     * @param authorships authorship links (dblp person and ORCID iD of each listed author)
     */
    public record Result(Score publications, Score authorships) {
    }

    private Evaluation() {
    }

    /** Scores {@code outcome}, a run over {@code works}, against the gold standard in {@code gold}. */
    public static Result evaluate(LinkOutcome outcome, List<PublishedWork> works, Path gold) {
        Set<String> expectedPublications = new HashSet<>();
        Set<String> expectedAuthorships = new HashSet<>();
        try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setCommentMarker('#').get();
            for (CSVRecord row : format.parse(in)) {
                String kind = row.get("kind");
                if (kind.equals(Curation.PUBLICATION)) {
                    expectedPublications.add(row.get("entry") + "\t" + row.get("target"));
                } else if (kind.equals(Curation.AUTHORSHIP)) {
                    expectedAuthorships.add(row.get("entry") + "#" + row.get("position") + "\t" + row.get("target"));
                } else {
                    throw new IllegalArgumentException("line " + (row.getRecordNumber() + 1) + ": kind: write "
                            + Curation.PUBLICATION + " or " + Curation.AUTHORSHIP + " (found \"" + kind + "\")");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot read the gold standard " + gold
                    + ": " + e.getMessage(), e);
        }
        Map<String, List<String>> entriesOfWork = new HashMap<>();
        Map<String, List<String>> entriesOfAuthorship = new HashMap<>();
        for (PublishedWork work : works) {
            List<String> entries = work.sources().stream().map(SourceLocation::toString).toList();
            entriesOfWork.put(work.iri(), entries);
            for (PublishedAuthorship authorship : work.authors()) {
                entriesOfAuthorship.put(authorship.iri(), entries.stream()
                        .map(entry -> entry + "#" + authorship.position()).toList());
            }
        }
        List<List<String>> publications = new ArrayList<>();
        for (PublicationLink link : outcome.linkset().publications()) {
            publications.add(keys(entriesOfWork.get(link.publication().iri()), link.dblpUrl()));
        }
        Map<Person.Basis, List<String>> targets = new HashMap<>();
        outcome.linkset().personLinks().forEach(link -> targets.computeIfAbsent(link.person(),
                basis -> new ArrayList<>()).add(link.url()));
        List<List<String>> authorships = new ArrayList<>();
        for (Person person : outcome.linkset().persons()) {
            for (String target : targets.getOrDefault(person.basis(), List.of())) {
                person.holdings().forEach(holding -> authorships.add(
                        keys(entriesOfAuthorship.get(holding.authorship().iri()), target)));
            }
        }
        return new Result(score(Curation.PUBLICATION, publications, expectedPublications),
                score(Curation.AUTHORSHIP, authorships, expectedAuthorships));
    }

    private static List<String> keys(List<String> subjects, String target) {
        return subjects.stream().map(subject -> subject + "\t" + target.strip()).toList();
    }

    /** A prediction is correct when any entry listing its subject has it in the gold standard. */
    private static Score score(String kind, List<List<String>> predicted, Set<String> expected) {
        Set<String> found = new HashSet<>();
        int correct = 0;
        for (List<String> keys : predicted) {
            List<String> right = keys.stream().filter(expected::contains).toList();
            if (!right.isEmpty()) {
                correct++;
                found.addAll(right);
            }
        }
        return new Score(kind, correct, predicted.size(), found.size(), expected.size());
    }
}
