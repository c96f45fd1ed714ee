package org.publod.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.publod.model.Doi;
import org.publod.model.LinkEvidence;
import org.publod.model.Linkset;
import org.publod.model.Publication;
import org.publod.model.PublicationLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links publications to dblp records and their authors to dblp persons and ORCID iDs. Candidates come from the
 * local dblp index by title words (and DOI), or, opt-in, from the dblp search API; each is scored, and the best
 * pairs are taken one-to-one: a score in the accept band publishes a link, one in the review band goes to the
 * review file, lower is dropped. A curator's decision always wins.
 */
public final class Linker {
    private static final Logger LOG = LoggerFactory.getLogger(Linker.class);
    private static final int CANDIDATES = 20;

    private final Optional<DblpIndex> index;
    private final Optional<RecordSearch> online;
    private final Curation curation;
    private final Thresholds thresholds;
    private final PersonDecider persons;
    private final PublicationMatcher matcher = new PublicationMatcher();

    /**
     * The score bands.
     *
     * @param accept from this score a link is published
     * @param review from this score, below accept, a candidate goes to review
     */
    public record Thresholds(double accept, double review) {
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
        this.persons = new PersonDecider(index, registry, orcidSearch, curation, thresholds);
    }

    /** Links {@code publications}, each listed once (the caller merges a paper listed in several reports). */
    public LinkOutcome link(List<Publication> publications) {
        List<ReviewItem> review = new ArrayList<>();
        Map<Publication, DblpRecord> matched = new LinkedHashMap<>();
        List<PublicationLink> links = new ArrayList<>();
        Set<String> takenRecords = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Publication publication : publications) {
            Optional<Candidate> curated = curated(publication);
            if (curated.isPresent()) {
                take(curated.get(), LinkEvidence.Origin.CURATOR, links, matched, takenRecords);
            } else {
                candidates.addAll(candidates(publication));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(candidate -> candidate.publication().title())
                .thenComparing(candidate -> candidate.record().key()));
        for (Candidate candidate : candidates) {
            if (matched.containsKey(candidate.publication()) || takenRecords.contains(candidate.record().key())) {
                continue;
            }
            if (candidate.score() >= thresholds.accept()) {
                take(candidate, LinkEvidence.Origin.MATCHER, links, matched, takenRecords);
            } else {
                review.add(new ReviewItem(Curation.PUBLICATION, candidate.publication().title(),
                        candidate.record().url(), candidate.score(), PublicationMatcher.METHOD,
                        String.join("; ", candidate.facts()) + "; dblp title \"" + candidate.record().title() + "\""));
            }
        }
        LOG.info("publications: {} listed, {} linked to dblp, {} candidates for review", publications.size(),
                links.size(), review.size());
        PersonDecider.Result people = persons.decide(publications, matched);
        review.addAll(people.review());
        links.sort(Comparator.comparing(link -> link.publication().title()));
        return new LinkOutcome(new Linkset(links, people.links(), people.names()), review, people.notes(),
                people.problems());
    }

    private void take(Candidate candidate, LinkEvidence.Origin origin, List<PublicationLink> links,
                      Map<Publication, DblpRecord> matched, Set<String> takenRecords) {
        links.add(new PublicationLink(candidate.publication(), candidate.record().key(),
                new LinkEvidence(candidate.score(), origin == LinkEvidence.Origin.CURATOR ? "curator"
                        : PublicationMatcher.METHOD, candidate.facts(), origin)));
        matched.put(candidate.publication(), candidate.record());
        takenRecords.add(candidate.record().key());
    }

    private Optional<Candidate> curated(Publication publication) {
        for (String target : curation.accepted(Curation.PUBLICATION, publication.title())) {
            String key = target.replaceFirst("^https://dblp\\.org/rec/", "");
            Optional<DblpRecord> record = index.flatMap(found -> found.byKey(key));
            DblpRecord known = record.orElseGet(() -> new DblpRecord(key, publication.title(),
                    publication.year().getValue(), "", Optional.empty(), List.of()));
            return Optional.of(new Candidate(publication, known, 1.0, List.of("accepted by a curator")));
        }
        return Optional.empty();
    }

    private List<Candidate> candidates(Publication publication) {
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

    private List<Candidate> score(Publication publication, Iterable<DblpRecord> records) {
        List<Candidate> scored = new ArrayList<>();
        for (DblpRecord record : records) {
            String target = record.url();
            if (curation.decision(Curation.PUBLICATION, publication.title(), target)
                    .filter(decision -> decision == Curation.Decision.REJECT).isPresent()) {
                continue;
            }
            matcher.score(publication, record).filter(candidate -> candidate.score() >= thresholds.review())
                    .ifPresent(scored::add);
        }
        return scored;
    }
}
