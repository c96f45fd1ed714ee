package org.publod.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.publod.model.AuthorName;
import org.publod.model.LearnedName;
import org.publod.model.LinkEvidence;
import org.publod.model.Orcid;
import org.publod.model.PersonLink;
import org.publod.model.Publication;
import org.publod.vocab.Resolvers;

/**
 * Decides the person links once the publications are matched: a person whose aligned authorships agree on one
 * dblp pid gets it, disagreement goes to review; ORCID iDs come from the institute's registry, else from dblp
 * for the linked pid; the full name comes from dblp, else from the registry. A curator's decision wins.
 * Competing candidates never get a margin here: two pids for one name, two iDs from dblp, or the registry against
 * the alignment all go to review, since a person link is published for every paper of that name.
 */
final class PersonDecider {
    /**
     * The person links, learned names, review items and notes of a run.
     */
    record Result(List<PersonLink> links, List<LearnedName> names, List<ReviewItem> review, List<String> notes,
                  List<String> problems) {
    }

    private final Optional<DblpIndex> index;
    private final OrcidRegistry registry;
    private final Optional<OrcidSearch> orcidSearch;
    private final Curation curation;
    private final Linker.Thresholds thresholds;

    PersonDecider(Optional<DblpIndex> index, OrcidRegistry registry, Optional<OrcidSearch> orcidSearch,
                  Curation curation, Linker.Thresholds thresholds) {
        this.index = index;
        this.registry = registry;
        this.orcidSearch = orcidSearch;
        this.curation = curation;
        this.thresholds = thresholds;
    }

    Result decide(List<Publication> publications, Map<Publication, DblpRecord> matched) {
        PersonLinker aligner = new PersonLinker();
        for (Publication publication : publications) {
            DblpRecord record = matched.get(publication);
            if (record == null) {
                aligner.listed(publication);
            } else {
                aligner.align(publication, record);
            }
        }
        Run run = new Run();
        for (Map.Entry<String, AuthorName> person : aligner.names().entrySet()) {
            Map<String, List<PersonLinker.Alignment>> votes = new TreeMap<>(
                    aligner.votes().getOrDefault(person.getKey(), Map.of()));
            Optional<String> pid = decidePid(run, person.getValue(), votes);
            decideOrcid(run, person.getValue(), pid, votes);
            learnName(run, person.getValue(), pid, votes);
        }
        run.pids.forEach((pid, keys) -> {
            if (keys.size() > 1) {
                run.notes.add("name variants of one dblp person " + Resolvers.DBLP_PERSON + pid + ": "
                        + String.join(" / ", keys));
            }
        });
        return new Result(run.links, run.names, run.review, run.notes, registry.problems());
    }

    private Optional<String> decidePid(Run run, AuthorName name, Map<String, List<PersonLinker.Alignment>> votes) {
        List<String> curated = targets(name, PersonLink.Target.DBLP);
        if (!curated.isEmpty()) {
            curated.forEach(pid -> run.link(name, PersonLink.Target.DBLP, pid, Confidence.CURATOR,
                    LinkMethod.CURATOR, List.of("accepted by a curator"), LinkEvidence.Origin.CURATOR));
            return Optional.of(curated.get(0));
        }
        votes.keySet().removeIf(pid -> rejected(name, PersonLink.Target.DBLP.url(pid)));
        Optional<OrcidRegistry.Entry> entry = registry.entry(name.key());
        Optional<String> listedPid = entry.flatMap(OrcidRegistry.Entry::dblpPid)
                .filter(pid -> !rejected(name, PersonLink.Target.DBLP.url(pid)));
        if (votes.size() == 1) {
            String pid = votes.keySet().iterator().next();
            List<PersonLinker.Alignment> agreeing = votes.get(pid);
            double best = agreeing.stream().mapToDouble(PersonLinker.Alignment::score).max().orElse(0);
            double score = Math.min(Confidence.ALIGNMENT_CAP.score(),
                    best + Confidence.PER_AGREEING_AUTHORSHIP * (agreeing.size() - 1));
            List<String> facts = agreeing.stream().map(PersonLinker.Alignment::fact).toList();
            if (listedPid.isPresent() && !listedPid.get().equals(pid)) {
                run.review(name, PersonLink.Target.DBLP.url(pid), score, LinkMethod.AUTHOR_ALIGNMENT,
                        "the institute registry gives pid " + listedPid.get() + "; " + String.join("; ", facts));
                run.review(name, PersonLink.Target.DBLP.url(listedPid.get()), Confidence.CONFLICT,
                        LinkMethod.INSTITUTE_REGISTRY, "authorships align with pid " + pid + " instead");
                return Optional.empty();
            }
            if (score >= thresholds.accept() || listedPid.isPresent()) {
                List<String> all = new ArrayList<>(facts);
                listedPid.ifPresent(found -> all.add("the institute registry gives the same pid"));
                run.link(name, PersonLink.Target.DBLP, pid, score, LinkMethod.AUTHOR_ALIGNMENT, all,
                        LinkEvidence.Origin.MATCHER);
                return Optional.of(pid);
            }
            run.review(name, PersonLink.Target.DBLP.url(pid), score, LinkMethod.AUTHOR_ALIGNMENT,
                    String.join("; ", facts));
            return Optional.empty();
        }
        if (votes.size() > 1) {
            votes.forEach((pid, agreeing) -> run.review(name, PersonLink.Target.DBLP.url(pid), Confidence.CONFLICT,
                    LinkMethod.AUTHOR_ALIGNMENT, "authorships align with " + votes.size() + " dblp persons; "
                            + String.join("; ", agreeing.stream().map(PersonLinker.Alignment::fact).toList())));
            return Optional.empty();
        }
        listedPid.ifPresent(pid -> run.link(name, PersonLink.Target.DBLP, pid, Confidence.INSTITUTE_REGISTRY,
                LinkMethod.INSTITUTE_REGISTRY, List.of(registry.fileName() + " line " + entry.get().line()),
                    LinkEvidence.Origin.SOURCE));
        return listedPid;
    }

    private void decideOrcid(Run run, AuthorName name, Optional<String> pid,
                             Map<String, List<PersonLinker.Alignment>> votes) {
        List<String> curated = targets(name, PersonLink.Target.ORCID);
        if (!curated.isEmpty()) {
            curated.forEach(orcid -> run.link(name, PersonLink.Target.ORCID, orcid, Confidence.CURATOR,
                    LinkMethod.CURATOR, List.of("accepted by a curator"), LinkEvidence.Origin.CURATOR));
            return;
        }
        TreeSet<String> fromDblp = new TreeSet<>();
        pid.ifPresent(found -> {
            index.flatMap(idx -> idx.person(found)).ifPresent(person -> fromDblp.addAll(person.orcids()));
            votes.getOrDefault(found, List.of()).forEach(a -> a.signature().orcid().ifPresent(fromDblp::add));
        });
        fromDblp.removeIf(orcid -> rejected(name, PersonLink.Target.ORCID.url(orcid)));
        Optional<OrcidRegistry.Entry> entry = registry.entry(name.key())
                .filter(found -> !rejected(name, found.orcid().url()));
        if (entry.isPresent()) {
            String orcid = entry.get().orcid().value();
            run.link(name, PersonLink.Target.ORCID, orcid, Confidence.INSTITUTE_REGISTRY,
                    LinkMethod.INSTITUTE_REGISTRY, List.of(registry.fileName() + " line " + entry.get().line()),
                    LinkEvidence.Origin.SOURCE);
            fromDblp.stream().filter(other -> !other.equals(orcid)).forEach(other -> run.review(name,
                    PersonLink.Target.ORCID.url(other), Confidence.CONFLICT, LinkMethod.DBLP_PERSON,
                    "dblp states it for pid " + pid.orElseThrow() + ", the institute registry states " + orcid));
        } else if (fromDblp.size() == 1) {
            run.link(name, PersonLink.Target.ORCID, fromDblp.first(), Confidence.DBLP_PERSON_ORCID,
                    LinkMethod.DBLP_PERSON, List.of("dblp states it for pid " + pid.orElseThrow()),
                    LinkEvidence.Origin.SOURCE);
        } else if (fromDblp.size() > 1) {
            fromDblp.forEach(orcid -> run.review(name, PersonLink.Target.ORCID.url(orcid), Confidence.CONFLICT,
                    LinkMethod.DBLP_PERSON, "dblp states " + fromDblp.size() + " iDs for pid " + pid.orElseThrow()));
        } else if (orcidSearch.isPresent()) {
            searchOrcid(run, name, pid, votes);
        }
    }

    /** A name-only ORCID match is never certain: it goes to review with what the record says. */
    private void searchOrcid(Run run, AuthorName name, Optional<String> pid,
                             Map<String, List<PersonLinker.Alignment>> votes) {
        Optional<Names.Split> split = fullName(name, pid, votes).flatMap(full -> Names.split(name, full));
        if (split.isEmpty()) {
            return;
        }
        for (OrcidSearch.Hit hit : orcidSearch.get().search(name.familyName(), split.get().given())) {
            String full = hit.givenNames() + " " + hit.familyName();
            if (Names.agreement(name, full) != Names.Agreement.NONE && !rejected(name, hit.orcid().url())) {
                run.review(name, hit.orcid().url(), Confidence.ORCID_NAME_ONLY, LinkMethod.ORCID_SEARCH,
                        "the ORCID record's name is \"" + full.strip() + "\"");
            }
        }
    }

    private void learnName(Run run, AuthorName name, Optional<String> pid,
                           Map<String, List<PersonLinker.Alignment>> votes) {
        Optional<String> full = fullName(name, pid, votes);
        Optional<Names.Split> split = full.flatMap(text -> Names.split(name, text));
        if (pid.isPresent() && split.isPresent()) {
            run.names.add(new LearnedName(name, split.get().given(), DblpSignature.stripHomonymNumber(full.get()),
                    PersonLink.Target.DBLP.url(pid.get())));
            return;
        }
        registry.entry(name.key()).ifPresent(entry -> entry.fullName()
                .flatMap(text -> Names.split(name, text).map(found -> new LearnedName(name, found.given(), text,
                        entry.orcid().url()))).ifPresent(run.names::add));
    }

    /** The longest name dblp knows the linked person by that agrees with the listed name. */
    private Optional<String> fullName(AuthorName name, Optional<String> pid,
                                      Map<String, List<PersonLinker.Alignment>> votes) {
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        List<String> known = new ArrayList<>();
        index.flatMap(idx -> idx.person(pid.get())).ifPresent(person -> known.addAll(person.names()));
        votes.getOrDefault(pid.get(), List.of()).forEach(a -> known.add(a.signature().dblpName()));
        return known.stream().filter(text -> Names.split(name, text).isPresent())
                .max(Comparator.comparingInt((String text) -> DblpSignature.stripHomonymNumber(text).length())
                        .thenComparing(Comparator.reverseOrder()));
    }

    private List<String> targets(AuthorName name, PersonLink.Target target) {
        String prefix = target.url("");
        return curation.accepted(Curation.PERSON, name.asListed()).stream().filter(url -> url.startsWith(prefix))
                .map(url -> url.substring(prefix.length()))
                .filter(value -> target != PersonLink.Target.ORCID || Orcid.problem(value).isEmpty()).toList();
    }

    private boolean rejected(AuthorName name, String url) {
        return curation.decision(Curation.PERSON, name.asListed(), url)
                .filter(decision -> decision == Curation.Decision.REJECT).isPresent();
    }

    /** What one run collects. */
    private static final class Run {
        private final List<PersonLink> links = new ArrayList<>();
        private final List<LearnedName> names = new ArrayList<>();
        private final List<ReviewItem> review = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, List<String>> pids = new LinkedHashMap<>();

        void link(AuthorName name, PersonLink.Target target, String value, double score, LinkMethod method,
                  List<String> facts, LinkEvidence.Origin origin) {
            links.add(new PersonLink(name, target, value, new LinkEvidence(score, method.label(), facts, origin)));
            if (target == PersonLink.Target.DBLP) {
                pids.computeIfAbsent(value, pid -> new ArrayList<>()).add(name.asListed());
            }
        }

        void link(AuthorName name, PersonLink.Target target, String value, Confidence confidence, LinkMethod method,
                  List<String> facts, LinkEvidence.Origin origin) {
            link(name, target, value, confidence.score(), method, facts, origin);
        }

        void review(AuthorName name, String target, Confidence confidence, LinkMethod method, String evidence) {
            review(name, target, confidence.score(), method, evidence);
        }

        void review(AuthorName name, String target, double score, LinkMethod method, String evidence) {
            review.add(new ReviewItem(Curation.PERSON, name.asListed(), target, score, method.label(), evidence));
        }
    }
}
