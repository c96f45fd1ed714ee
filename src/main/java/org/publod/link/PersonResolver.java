package org.publod.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.publod.model.AuthorName;
import org.publod.model.LearnedName;
import org.publod.model.LinkEvidence;
import org.publod.model.Orcid;
import org.publod.model.Person;
import org.publod.model.PersonLink;
import org.publod.model.PublishedAuthorship;
import org.publod.model.PublishedWork;

/**
 * Decides who holds each authorship, once the publications are matched. Persons are the clusters of authorships
 * that evidence puts together, not the listed names:
 *
 * <ol>
 *   <li>Evidence ties an authorship to a dblp pid (its alignment with the signature of the matched record, or a
 *       curator), and a pid to an ORCID iD (dblp states it, or the institute's registry row that names both).</li>
 *   <li>The ties are taken strongest first (curator, then sources, then the matcher by score), and a tie that
 *       would give one person two pids or two iDs is refused and goes to review: no person ever holds two.</li>
 *   <li>An authorship without evidence of its own is its listed name's: it joins the one person that evidence
 *       found under that name in the same report, else in all reports, else the person the registry names; where
 *       evidence found several people under the name it stays with the name and goes to review.</li>
 * </ol>
 *
 * <p>Every step depends on the set of published works and decisions only, never on their order, so the same
 * reports linked in any order give the same persons.
 */
final class PersonResolver {
    /** The persons, links, learned names, review items and notes of a run. */
    record Result(List<Person> persons, List<PersonLink> links, List<LearnedName> names, List<ReviewItem> review,
                  List<String> notes, List<String> problems) {
    }

    /** Who states a tie, strongest first: the order ties are taken in. */
    private enum Origin {
        CURATOR, SOURCE, MATCHER
    }

    /** One piece of evidence tying two nodes: authorships ("a "), pids ("p ") and iDs ("o "). */
    private record Tie(Origin origin, String from, String to, double score, LinkMethod method, String fact) {
    }

    private final Optional<DblpIndex> index;
    private final OrcidRegistry registry;
    private final Optional<OrcidSearch> orcidSearch;
    private final Curation curation;
    private final Linker.Thresholds thresholds;

    PersonResolver(Optional<DblpIndex> index, OrcidRegistry registry, Optional<OrcidSearch> orcidSearch,
                   Curation curation, Linker.Thresholds thresholds) {
        this.index = index;
        this.registry = registry;
        this.orcidSearch = orcidSearch;
        this.curation = curation;
        this.thresholds = thresholds;
    }

    Result resolve(List<PublishedWork> works, Map<PublishedWork, DblpRecord> matched) {
        Run run = new Run(works);
        List<Tie> ties = new ArrayList<>();
        Map<String, List<String>> signatureOrcids = new TreeMap<>();
        alignmentTies(run, works, matched, ties, signatureOrcids);
        curatorTies(run, ties);
        Set<String> pids = new TreeSet<>();
        ties.stream().map(Tie::to).filter(node -> node.startsWith("p ")).forEach(node -> pids.add(node.substring(2)));
        registry.entries().forEach(entry -> entry.dblpPid().ifPresent(pids::add));
        List<Tie> statedByDblp = new ArrayList<>();
        pids.forEach(pid -> orcidTies(run, pid, signatureOrcids.getOrDefault(pid, List.of()), ties, statedByDblp));
        strongestFirst(ties).forEach(run::take);
        run.byName(registry);
        run.registryIdsByName(registry);
        strongestFirst(statedByDblp).forEach(run::take);
        return run.result(this, registry);
    }

    /**
     * Ties in the order they are taken: curator, sources, matcher; then by score; then by their nodes, so that the
     * order the works came in never matters.
     */
    private static List<Tie> strongestFirst(List<Tie> ties) {
        ties.sort(Comparator.comparing(Tie::origin).thenComparing(Comparator.comparingDouble(Tie::score).reversed())
                .thenComparing(Tie::from).thenComparing(Tie::to));
        return ties;
    }

    private void alignmentTies(Run run, List<PublishedWork> works, Map<PublishedWork, DblpRecord> matched,
                               List<Tie> ties, Map<String, List<String>> signatureOrcids) {
        List<PersonLinker.Alignment> alignments = new ArrayList<>();
        List<PublishedAuthorship> aligned = new ArrayList<>();
        Map<String, Integer> agreeing = new HashMap<>();
        for (PublishedWork work : works) {
            DblpRecord record = matched.get(work);
            if (record == null) {
                continue;
            }
            for (PublishedAuthorship authorship : work.authors()) {
                PersonLinker.alignment(authorship, record).ifPresent(alignment -> {
                    alignments.add(alignment);
                    aligned.add(authorship);
                    agreeing.merge(authorship.name().key() + "\t" + alignment.pid(), 1, Integer::sum);
                    run.signatureNames.computeIfAbsent(alignment.pid(), pid -> new ArrayList<>())
                            .add(alignment.signature().dblpName());
                    alignment.signature().orcid().ifPresent(orcid -> signatureOrcids
                            .computeIfAbsent(alignment.pid(), pid -> new ArrayList<>()).add(orcid));
                });
            }
        }
        for (int i = 0; i < alignments.size(); i++) {
            PersonLinker.Alignment alignment = alignments.get(i);
            PublishedAuthorship authorship = aligned.get(i);
            String target = PersonLink.Target.DBLP.url(alignment.pid());
            if (curation.rejected(Curation.AUTHORSHIP, authorship.iri(), target)) {
                continue;
            }
            int others = agreeing.get(authorship.name().key() + "\t" + alignment.pid()) - 1;
            double score = Math.min(Confidence.ALIGNMENT_CAP.score(),
                    alignment.score() + Confidence.PER_AGREEING_AUTHORSHIP * others);
            String fact = alignment.fact() + (others == 0 ? "" : "; " + others + " other authorships of \""
                    + authorship.name().asListed() + "\" align with the same pid");
            if (score >= thresholds.accept()) {
                ties.add(new Tie(Origin.MATCHER, "a " + authorship.iri(), "p " + alignment.pid(), score,
                        LinkMethod.AUTHOR_ALIGNMENT, fact));
            } else if (score >= thresholds.review()) {
                run.review(authorship, target, score, LinkMethod.AUTHOR_ALIGNMENT, fact);
            }
        }
    }

    private void curatorTies(Run run, List<Tie> ties) {
        for (PublishedAuthorship authorship : run.authorships.values()) {
            for (String target : curation.accepted(Curation.AUTHORSHIP, authorship.iri())) {
                node(target).ifPresentOrElse(node -> ties.add(new Tie(Origin.CURATOR, "a " + authorship.iri(), node,
                        Confidence.CURATOR.score(), LinkMethod.CURATOR, "accepted by a curator")),
                        () -> run.problems.add("decision for " + authorship.iri() + ": " + target
                                + " is neither a dblp person nor an ORCID iD; not used"));
            }
        }
    }

    /**
     * The ties between a pid and the iD the registry ({@code ties}) or dblp ({@code statedByDblp}) states for it.
     * dblp's are taken last, so that the institute's registry wins over them.
     */
    private void orcidTies(Run run, String pid, List<String> fromSignatures, List<Tie> ties,
                           List<Tie> statedByDblp) {
        Set<String> fromDblp = new TreeSet<>(fromSignatures);
        index.flatMap(found -> found.person(pid)).ifPresent(person -> fromDblp.addAll(person.orcids()));
        if (fromDblp.size() == 1) {
            statedByDblp.add(new Tie(Origin.SOURCE, "p " + pid, "o " + fromDblp.iterator().next(),
                    Confidence.DBLP_PERSON_ORCID.score(), LinkMethod.DBLP_PERSON, "dblp states it for pid " + pid));
        } else if (fromDblp.size() > 1) {
            run.notes.add("dblp states " + fromDblp.size() + " ORCID iDs for pid " + pid + " (" + String.join(", ",
                    fromDblp) + "): none is linked without a curator");
            fromDblp.forEach(orcid -> run.pending.add(new Tie(Origin.SOURCE, "p " + pid, "o " + orcid,
                    Confidence.CONFLICT.score(), LinkMethod.DBLP_PERSON, "dblp states " + fromDblp.size()
                    + " iDs for pid " + pid)));
        }
        registry.entries().stream().filter(entry -> entry.dblpPid().filter(pid::equals).isPresent())
                .forEach(entry -> ties.add(new Tie(Origin.SOURCE, "p " + pid, "o " + entry.orcid().value(),
                        Confidence.INSTITUTE_REGISTRY.score(), LinkMethod.INSTITUTE_REGISTRY,
                        registry.fileName() + " line " + entry.line() + " gives pid " + pid + " and this iD")));
    }

    /** The node of a link target: a dblp person or a checksum-valid ORCID iD. */
    private static Optional<String> node(String target) {
        String dblp = PersonLink.Target.DBLP.url("");
        String orcid = PersonLink.Target.ORCID.url("");
        if (target.startsWith(dblp) && PersonLink.isPid(target.substring(dblp.length()))) {
            return Optional.of("p " + target.substring(dblp.length()));
        }
        if (target.startsWith(orcid) && Orcid.problem(target.substring(orcid.length())).isEmpty()) {
            return Optional.of("o " + target.substring(orcid.length()));
        }
        return Optional.empty();
    }

    /** The full name dblp knows a linked person by that agrees with the preferred listed name, longest first. */
    private Optional<String> fullName(AuthorName name, String pid, List<String> signatureNames) {
        List<String> known = new ArrayList<>(signatureNames);
        index.flatMap(idx -> idx.person(pid)).ifPresent(person -> known.addAll(person.names()));
        return known.stream().filter(text -> Names.split(name, text).isPresent())
                .max(Comparator.comparingInt((String text) -> DblpSignature.stripHomonymNumber(text).length())
                        .thenComparing(Comparator.reverseOrder()));
    }

    /** What one run builds: the clusters, and what goes to the review file and the notes. */
    private static final class Run {
        private final Map<String, PublishedAuthorship> authorships = new TreeMap<>();
        private final Map<String, String> reportOf = new HashMap<>();
        private final Map<String, String> titleOf = new HashMap<>();
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Set<String>> pidsOf = new HashMap<>();
        private final Map<String, Set<String>> orcidsOf = new HashMap<>();
        private final Map<String, LinkEvidence> why = new HashMap<>();
        private final Map<String, List<Tie>> taken = new HashMap<>();
        private final Map<String, List<Tie>> givenBy = new HashMap<>();
        private final Map<String, List<String>> signatureNames = new HashMap<>();
        private final List<Tie> pending = new ArrayList<>();
        private final List<ReviewItem> review = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Run(List<PublishedWork> works) {
            for (PublishedWork work : works) {
                for (PublishedAuthorship authorship : work.authors()) {
                    authorships.put(authorship.iri(), authorship);
                    reportOf.put(authorship.iri(), work.sources().get(0).file());
                    titleOf.put(authorship.iri(), work.title());
                }
            }
        }

        /** The root of {@code node}'s cluster; a node seen for the first time is a cluster of its own. */
        String find(String node) {
            if (!parent.containsKey(node)) {
                parent.put(node, node);
                if (node.startsWith("p ")) {
                    pidsOf.put(node, new TreeSet<>(Set.of(node.substring(2))));
                } else if (node.startsWith("o ")) {
                    orcidsOf.put(node, new TreeSet<>(Set.of(node.substring(2))));
                }
                return node;
            }
            String root = node;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            parent.put(node, root);
            return root;
        }

        Set<String> pids(String root) {
            return pidsOf.getOrDefault(root, Set.of());
        }

        Set<String> orcids(String root) {
            return orcidsOf.getOrDefault(root, Set.of());
        }

        private void join(String child, String root) {
            parent.put(child, root);
            Set<String> pids = pidsOf.remove(child);
            if (pids != null) {
                pidsOf.computeIfAbsent(root, r -> new TreeSet<>()).addAll(pids);
            }
            Set<String> orcids = orcidsOf.remove(child);
            if (orcids != null) {
                orcidsOf.computeIfAbsent(root, r -> new TreeSet<>()).addAll(orcids);
            }
        }

        /** Takes a tie unless it would give one person two pids or two iDs; then it goes to review. */
        void take(Tie tie) {
            String a = find(tie.from());
            String b = find(tie.to());
            if (a.equals(b)) {
                record(tie);
                return;
            }
            Set<String> pids = new TreeSet<>(pids(a));
            pids.addAll(pids(b));
            Set<String> orcids = new TreeSet<>(orcids(a));
            orcids.addAll(orcids(b));
            if (pids.size() > 1 || orcids.size() > 1) {
                String clash = pids.size() > 1 ? "dblp persons " + String.join(" and ", pids)
                        : "ORCID iDs " + String.join(" and ", orcids);
                pending.add(new Tie(tie.origin(), tie.from(), tie.to(), Confidence.CONFLICT.score(), tie.method(),
                        tie.fact() + "; not linked: it would make one person of " + clash));
                return;
            }
            join(b, a);
            record(tie);
        }

        private void record(Tie tie) {
            taken.computeIfAbsent(tie.to(), node -> new ArrayList<>()).add(tie);
            if (!tie.from().startsWith("a ")) {
                givenBy.computeIfAbsent(tie.from(), node -> new ArrayList<>()).add(tie);
            }
            if (tie.from().startsWith("a ")) {
                why.putIfAbsent(tie.from().substring(2), new LinkEvidence(tie.score(), tie.method().label(),
                        List.of(tie.fact()), origin(tie.origin())));
            }
        }

        /**
         * Authorships without evidence of their own join the one person that evidence found under their name, in
         * their report or else anywhere, or else the person the registry names; the rest stay with the name.
         */
        void byName(OrcidRegistry registry) {
            Map<String, Map<String, Set<String>>> peopleByNameAndReport = new HashMap<>();
            Map<String, Set<String>> peopleByName = new HashMap<>();
            List<PublishedAuthorship> unevidenced = new ArrayList<>();
            for (PublishedAuthorship authorship : authorships.values()) {
                String root = find("a " + authorship.iri());
                if (pids(root).isEmpty() && orcids(root).isEmpty()) {
                    unevidenced.add(authorship);
                    continue;
                }
                String key = authorship.name().key();
                peopleByName.computeIfAbsent(key, k -> new TreeSet<>()).add(root);
                peopleByNameAndReport.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(reportOf.get(authorship.iri()), r -> new TreeSet<>()).add(root);
            }
            for (PublishedAuthorship authorship : unevidenced) {
                String key = authorship.name().key();
                String report = reportOf.get(authorship.iri());
                Set<String> inReport = peopleByNameAndReport.getOrDefault(key, Map.of()).getOrDefault(report,
                        Set.of());
                Set<String> candidates = inReport.size() == 1 ? inReport : peopleByName.getOrDefault(key, Set.of());
                Optional<OrcidRegistry.Entry> listed = registry.entry(key).filter(entry -> entry.dblpPid().isPresent());
                String node = "a " + authorship.iri();
                String name = "\"" + authorship.name().asListed() + "\"";
                if (candidates.size() == 1) {
                    join(node, candidates.iterator().next());
                    why.put(authorship.iri(), new LinkEvidence(Confidence.LISTED_NAME.score(),
                            LinkMethod.LISTED_NAME.label(), List.of("listed as " + name + ", the name of one person "
                            + "that evidence found" + (inReport.size() == 1 ? " in " + report : "")),
                            LinkEvidence.Origin.MATCHER));
                } else if (candidates.isEmpty() && listed.isPresent()) {
                    String pid = "p " + listed.get().dblpPid().orElseThrow();
                    join(node, find(pid));
                    record(new Tie(Origin.SOURCE, node, pid, Confidence.INSTITUTE_REGISTRY.score(),
                            LinkMethod.INSTITUTE_REGISTRY, registry.fileName() + " line " + listed.get().line()
                            + " gives the pid for " + name));
                } else {
                    join(node, find("n " + key));
                    for (String person : candidates) {
                        pids(person).forEach(pid -> review(authorship, PersonLink.Target.DBLP.url(pid),
                                Confidence.CONFLICT.score(), LinkMethod.LISTED_NAME, name + " is " + candidates.size()
                                        + " people that evidence tells apart; nothing ties this authorship to one"));
                    }
                }
            }
        }

        /** A registry row without a pid names an iD for the listed name: it goes to that name's one person. */
        void registryIdsByName(OrcidRegistry registry) {
            Map<String, Set<String>> peopleByName = new TreeMap<>();
            for (PublishedAuthorship authorship : authorships.values()) {
                peopleByName.computeIfAbsent(authorship.name().key(), key -> new TreeSet<>())
                        .add(find("a " + authorship.iri()));
            }
            peopleByName.forEach((key, people) -> registry.entry(key).ifPresent(entry -> {
                if (entry.dblpPid().isPresent()) {
                    String registered = find("p " + entry.dblpPid().get());
                    if (!people.contains(registered)) {
                        people.forEach(root -> pending.add(new Tie(Origin.SOURCE, root, "p " + entry.dblpPid().get(),
                                Confidence.CONFLICT.score(), LinkMethod.INSTITUTE_REGISTRY, registry.fileName()
                                + " line " + entry.line() + " gives this pid for \"" + entry.listedName()
                                + "\"; its authorships align with " + (pids(root).isEmpty() ? "no dblp person"
                                : "pid " + String.join(", ", pids(root))) + " instead")));
                    }
                    return;
                }
                Tie tie = new Tie(Origin.SOURCE, people.iterator().next(), "o " + entry.orcid().value(),
                        Confidence.INSTITUTE_REGISTRY.score(), LinkMethod.INSTITUTE_REGISTRY,
                        registry.fileName() + " line " + entry.line() + " gives this iD for \""
                                + entry.listedName() + "\"");
                if (people.size() == 1) {
                    take(tie);
                } else {
                    pending.add(new Tie(tie.origin(), tie.from(), tie.to(), Confidence.CONFLICT.score(),
                            tie.method(), tie.fact() + ", a name of " + people.size() + " people"));
                }
            }));
        }

        Result result(PersonResolver resolver, OrcidRegistry registry) {
            Map<String, List<PublishedAuthorship>> clusters = new TreeMap<>();
            Map<String, Integer> clustersPerName = new HashMap<>();
            for (PublishedAuthorship authorship : authorships.values()) {
                clusters.computeIfAbsent(find("a " + authorship.iri()), root -> new ArrayList<>()).add(authorship);
            }
            Map<String, Set<String>> rootsPerName = new HashMap<>();
            clusters.forEach((root, held) -> held.forEach(authorship -> rootsPerName
                    .computeIfAbsent(authorship.name().key(), key -> new TreeSet<>()).add(root)));
            rootsPerName.forEach((key, roots) -> clustersPerName.put(key, roots.size()));
            List<Person> persons = new ArrayList<>();
            List<PersonLink> links = new ArrayList<>();
            List<LearnedName> names = new ArrayList<>();
            for (Map.Entry<String, List<PublishedAuthorship>> cluster : clusters.entrySet()) {
                Set<String> pids = pids(cluster.getKey());
                Set<String> orcids = orcids(cluster.getKey());
                Set<String> keys = new TreeSet<>();
                cluster.getValue().forEach(authorship -> keys.add(authorship.name().key()));
                boolean nameHolds = keys.size() == 1 && clustersPerName.get(keys.iterator().next()) == 1;
                List<Person.Holding> holdings = cluster.getValue().stream().map(authorship -> new Person.Holding(
                        authorship, why.getOrDefault(authorship.iri(), new LinkEvidence(Confidence.LISTED_NAME.score(),
                                LinkMethod.LISTED_NAME.label(), List.of("listed as \"" + authorship.name().asListed()
                                + "\"; no evidence ties it to a dblp person or an ORCID iD"),
                                LinkEvidence.Origin.SOURCE)))).toList();
                Person.Basis basis = nameHolds || pids.isEmpty() && orcids.isEmpty()
                        ? new Person.Basis.Name(cluster.getValue().get(0).name())
                        : pids.isEmpty() ? new Person.Basis.OrcidId(orcids.iterator().next())
                        : new Person.Basis.Dblp(pids.iterator().next());
                Person person = new Person(basis, holdings);
                persons.add(person);
                if (keys.size() > 1) {
                    notes.add("one person listed as " + String.join(" / ", person.names().stream()
                            .map(AuthorName::asListed).toList()) + (pids.isEmpty() ? "" : ", dblp pid "
                            + pids.iterator().next()));
                }
                pids.forEach(pid -> links.add(new PersonLink(basis, PersonLink.Target.DBLP, pid,
                        evidence("p " + pid))));
                orcids.forEach(orcid -> links.add(new PersonLink(basis, PersonLink.Target.ORCID, orcid,
                        evidence("o " + orcid))));
                resolver.learnName(person, pids, signatureNames).ifPresent(names::add);
                if (!pids.isEmpty() && orcids.isEmpty()) {
                    resolver.searchOrcid(this, person, pids.iterator().next());
                }
            }
            rootsPerName.forEach((key, roots) -> {
                if (roots.size() > 1) {
                    notes.add("\"" + authorships.values().stream().filter(a -> a.name().key().equals(key))
                            .findFirst().orElseThrow().name().asListed() + "\" is " + roots.size()
                            + " persons, as evidence tells them apart");
                }
            });
            for (Tie tie : pending) {
                String holder = tie.from().startsWith("a ") ? tie.from().substring(2)
                        : Optional.ofNullable(clusters.get(find(tie.from()))).map(held -> held.get(0).iri())
                        .orElse(null);
                if (holder != null) {
                    review(authorships.get(holder), target(tie.to()), tie.score(), tie.method(), tie.fact());
                }
            }
            notes.sort(Comparator.naturalOrder());
            List<String> all = new ArrayList<>(registry.problems());
            all.addAll(problems);
            return new Result(persons, links, names, review, notes, all);
        }

        /** The evidence for a pid or an iD: what tied it, strongest first. */
        private LinkEvidence evidence(String node) {
            List<Tie> ties = taken.containsKey(node) ? taken.get(node) : givenBy.getOrDefault(node, List.of());
            if (ties.isEmpty()) {
                return new LinkEvidence(Confidence.CONFLICT.score(), LinkMethod.AUTHOR_ALIGNMENT.label(),
                        List.of("tied through another identifier of the same person"), LinkEvidence.Origin.MATCHER);
            }
            Tie strongest = ties.get(0);
            List<String> facts = ties.stream().map(Tie::fact).distinct().limit(10).toList();
            return new LinkEvidence(strongest.score(), strongest.method().label(), facts, origin(strongest.origin()));
        }

        void review(PublishedAuthorship authorship, String target, double score, LinkMethod method, String fact) {
            review.add(new ReviewItem(Curation.AUTHORSHIP, authorship.iri(), "\"" + authorship.name().asListed()
                    + "\", author " + authorship.position() + " of \"" + titleOf.get(authorship.iri()) + "\"",
                    target, score, method.label(), fact));
        }

        private static String target(String node) {
            return (node.startsWith("p ") ? PersonLink.Target.DBLP : PersonLink.Target.ORCID).url(node.substring(2));
        }

        private static LinkEvidence.Origin origin(Origin origin) {
            return switch (origin) {
                case CURATOR -> LinkEvidence.Origin.CURATOR;
                case SOURCE -> LinkEvidence.Origin.SOURCE;
                case MATCHER -> LinkEvidence.Origin.MATCHER;
            };
        }
    }

    private Optional<LearnedName> learnName(Person person, Set<String> pids,
                                            Map<String, List<String>> signatureNames) {
        AuthorName preferred = person.names().get(0);
        if (!pids.isEmpty()) {
            String pid = pids.iterator().next();
            Optional<String> full = fullName(preferred, pid, signatureNames.getOrDefault(pid, List.of()));
            Optional<Names.Split> split = full.flatMap(text -> Names.split(preferred, text));
            if (split.isPresent()) {
                return Optional.of(new LearnedName(person.basis(), split.get().given(),
                        DblpSignature.stripHomonymNumber(full.get()), PersonLink.Target.DBLP.url(pid)));
            }
        }
        return registry.entry(preferred.key()).flatMap(entry -> entry.fullName()
                .flatMap(text -> Names.split(preferred, text).map(found -> new LearnedName(person.basis(),
                        found.given(), text, entry.orcid().url()))));
    }

    /** A name-only ORCID match is never certain: it goes to review with what the record says. */
    private void searchOrcid(Run run, Person person, String pid) {
        if (orcidSearch.isEmpty()) {
            return;
        }
        AuthorName name = person.names().get(0);
        PublishedAuthorship first = person.holdings().get(0).authorship();
        Optional<Names.Split> split = fullName(name, pid, run.signatureNames.getOrDefault(pid, List.of()))
                .flatMap(full -> Names.split(name, full));
        if (split.isEmpty()) {
            return;
        }
        for (OrcidSearch.Hit hit : orcidSearch.get().search(name.familyName(), split.get().given())) {
            String full = hit.givenNames() + " " + hit.familyName();
            if (Names.agreement(name, full) != Names.Agreement.NONE
                    && !curation.rejected(Curation.AUTHORSHIP, first.iri(), hit.orcid().url())) {
                run.review(first, hit.orcid().url(), Confidence.ORCID_NAME_ONLY.score(), LinkMethod.ORCID_SEARCH,
                        "the ORCID record's name is \"" + full.strip() + "\"");
            }
        }
    }
}
