package org.publod.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.publod.model.Category;
import org.publod.model.Doi;
import org.publod.model.LinkEvidence;
import org.publod.model.Linkset;
import org.publod.model.PublishedWork;
import org.publod.model.PublicationLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links publications to dblp records and their authors to dblp persons and ORCID iDs. Candidates come from the
 * local dblp index by title words (and DOI), or, opt-in, from the dblp search API; each is scored, and the best
 * pairs are taken one-to-one: a score in the accept band publishes a link when it leads every still-free
 * competitor by {@link #MARGIN} and is not a preprint offered for a version of record; otherwise, and for a
 * score in the review band, the candidate goes to the review file; lower is dropped. A curator's decision
 * always wins.
 */
public final class Linker {
    private static final Logger LOG = LoggerFactory.getLogger(Linker.class);
    private static final int CANDIDATES = 20;
    /**
     * How far the best candidate must lead the second best to be accepted without a curator. 0.05 is less
     * than what one real disagreement costs in the matcher's score: a year apart costs 0.075, one author of five
     * missing 0.06, one changed word in a twelve-word title 0.04 to 0.06. Two candidates closer than this differ
     * by less than one fact, so picking one would be a coin toss; a wider margin would also hold back a paper
     * whose same-team follow-up differs from it in one word and a year.
     */
    static final double MARGIN = 0.05;

    private final Optional<DblpIndex> index;
    private final Optional<RecordSearch> online;
    private final Curation curation;
    private final Thresholds thresholds;
    private final PersonResolver persons;
    private final PublicationMatcher matcher = new PublicationMatcher();

    /**
     * The score bands.
     *
     * @param accept from this score a link is published
     * @param review from this score, below accept, a candidate goes to review
     */
    public record Thresholds(double accept, double review) {
        /**
         * From 0.85: a near-identical title (0.55 weight) with the same year and most authors agreeing; from 0.6:
         * a clearly related title with some author agreement, worth a curator's look.
         */
        public static final Thresholds DEFAULT = new Thresholds(0.85, 0.6);

        public Thresholds {
            if (!(review > 0 && review <= accept && accept <= 1)) {
                throw new IllegalArgumentException("need 0 < review <= accept <= 1, got " + review + ", " + accept);
            }
        }
    }

    public Linker(Optional<DblpIndex> index, Optional<RecordSearch> online, OrcidRegistry registry,
                  Optional<OrcidSearch> orcidSearch, Curation curation, Thresholds thresholds) {
        this.index = index;
        this.online = online;
        this.curation = curation;
        this.thresholds = thresholds;
        this.persons = new PersonResolver(index, registry, orcidSearch, curation, thresholds);
    }

    /** Links the published {@code publications} and decides who holds each of their authorships. */
    public LinkOutcome link(List<PublishedWork> publications) {
        List<ReviewItem> review = new ArrayList<>();
        Map<PublishedWork, DblpRecord> matched = new LinkedHashMap<>();
        List<PublicationLink> links = new ArrayList<>();
        Set<String> takenRecords = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (PublishedWork publication : publications) {
            Optional<Candidate> curated = curated(publication);
            if (curated.isPresent()) {
                take(curated.get(), LinkEvidence.Origin.CURATOR, links, matched, takenRecords);
            } else {
                candidates.addAll(candidates(publication));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(candidate -> candidate.publication().iri())
                .thenComparing(candidate -> candidate.record().key()));
        for (Candidate candidate : candidates) {
            if (matched.containsKey(candidate.publication()) || takenRecords.contains(candidate.record().key())) {
                continue;
            }
            Optional<String> holdBack = candidate.score() >= thresholds.accept()
                    ? reasonToReview(candidate, candidates, matched, takenRecords) : Optional.empty();
            if (candidate.score() >= thresholds.accept() && holdBack.isEmpty()) {
                take(candidate, LinkEvidence.Origin.MATCHER, links, matched, takenRecords);
            } else {
                review.add(new ReviewItem(Curation.PUBLICATION, candidate.publication().iri(),
                        candidate.publication().title(), candidate.record().url(), candidate.score(),
                        LinkMethod.TITLE_YEAR_AUTHORS.label(),
                        String.join("; ", candidate.facts()) + "; dblp title \"" + candidate.record().title() + "\""
                                + holdBack.map(reason -> "; not accepted: " + reason).orElse("")));
            }
        }
        LOG.info("publications: {} listed, {} linked to dblp, {} candidates for review", publications.size(),
                links.size(), review.size());
        PersonResolver.Result people = persons.resolve(publications, matched);
        review.addAll(people.review());
        links.sort(Comparator.comparing(link -> link.publication().iri()));
        return new LinkOutcome(new Linkset(links, people.persons(), people.links(), people.names()), review,
                people.notes(), people.problems());
    }

    private void take(Candidate candidate, LinkEvidence.Origin origin, List<PublicationLink> links,
                      Map<PublishedWork, DblpRecord> matched, Set<String> takenRecords) {
        links.add(new PublicationLink(candidate.publication(), candidate.record().key(),
                new LinkEvidence(candidate.score(), (origin == LinkEvidence.Origin.CURATOR ? LinkMethod.CURATOR
                        : LinkMethod.TITLE_YEAR_AUTHORS).label(), candidate.facts(), origin)));
        matched.put(candidate.publication(), candidate.record());
        takenRecords.add(candidate.record().key());
    }

    /**
     * Why a candidate in the accept band must still go to review, if it must: a preprint record offered for a
     * version of record, or a competitor within {@link #MARGIN}. Competitors are the publication's other records
     * and the record's other publications that are still free (a higher-scored pair already took the rest) and
     * that the candidate could have been accepted for.
     */
    private static Optional<String> reasonToReview(Candidate candidate, List<Candidate> all,
                                                   Map<PublishedWork, DblpRecord> matched,
                                                   Set<String> takenRecords) {
        if (!mayBeAccepted(candidate)) {
            return Optional.of("the dblp record is an arXiv preprint (" + PublicationMatcher.PREPRINT_VENUE
                    + ") and the report lists a version of record");
        }
        for (Candidate other : all) {
            boolean samePublication = other.publication() == candidate.publication();
            boolean sameRecord = other.record().key().equals(candidate.record().key());
            if (samePublication == sameRecord || matched.containsKey(other.publication())
                    || takenRecords.contains(other.record().key()) || !mayBeAccepted(other)
                    || isAbstract(other.publication()) && !isAbstract(candidate.publication())) {
                continue;
            }
            if (sameRecord && isAbstract(candidate.publication()) && !isAbstract(other.publication())) {
                return Optional.of("the report also lists \"" + other.publication().title() + "\" as a paper, "
                        + "which the record is more likely to be");
            }
            if (candidate.score() - other.score() < MARGIN) {
                return Optional.of(String.format(Locale.ROOT, "only %.2f ahead of %s (%.2f)",
                        candidate.score() - other.score(), samePublication ? "dblp record " + other.record().key()
                                : "the listed \"" + other.publication().title() + "\" for the same record",
                        other.score()));
            }
        }
        return Optional.empty();
    }

    /**
     * A conference abstract gives way to a paper competing for the same record: dblp lists papers, and an abstract
     * and its paper often share title, year and authors. The two stay two publications either way.
     */
    private static boolean isAbstract(PublishedWork work) {
        return work.category() == Category.CONFERENCE_ABSTRACT;
    }

    /** A preprint record is only ever accepted for a publication the report lists as a preprint. */
    private static boolean mayBeAccepted(Candidate candidate) {
        return !PublicationMatcher.isPreprint(candidate.record())
                || PublicationMatcher.isPreprint(candidate.publication());
    }

    private Optional<Candidate> curated(PublishedWork publication) {
        for (String target : curation.accepted(Curation.PUBLICATION, publication.iri())) {
            String key = target.replaceFirst("^https://dblp\\.org/rec/", "");
            Optional<DblpRecord> record = index.flatMap(found -> found.byKey(key));
            DblpRecord known = record.orElseGet(() -> new DblpRecord(key, publication.title(),
                    publication.year().getValue(), "", Optional.empty(), List.of()));
            return Optional.of(new Candidate(publication, known, Confidence.CURATOR.score(),
                    List.of("accepted by a curator")));
        }
        return Optional.empty();
    }

    private List<Candidate> candidates(PublishedWork publication) {
        Map<String, DblpRecord> records = new LinkedHashMap<>();
        index.ifPresent(found -> {
            publication.doi().map(Doi::value).flatMap(found::byDoi).ifPresent(r -> records.put(r.key(), r));
            found.candidates(publication.title(), CANDIDATES).forEach(r -> records.putIfAbsent(r.key(), r));
        });
        List<Candidate> scored = score(publication, records.values());
        boolean good = scored.stream().anyMatch(candidate -> candidate.score() >= thresholds.accept());
        if (!good && online.isPresent()) {
            online.get().search(publication.title()).forEach(r -> records.putIfAbsent(r.key(), r));
            scored = score(publication, records.values());
        }
        return scored;
    }

    private List<Candidate> score(PublishedWork publication, Iterable<DblpRecord> records) {
        List<Candidate> scored = new ArrayList<>();
        for (DblpRecord record : records) {
            String target = record.url();
            if (curation.rejected(Curation.PUBLICATION, publication.iri(), target)) {
                continue;
            }
            matcher.score(publication, record).filter(candidate -> candidate.score() >= thresholds.review())
                    .ifPresent(scored::add);
        }
        return scored;
    }
}
