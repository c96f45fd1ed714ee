package org.publod.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One real person as linking found them: the authorships that evidence (a dblp pid, an ORCID iD, the institute's
 * registry, a curator) puts together, or, where there is none, the authorships of one listed name. Its basis says
 * what the person's IRI is minted from.
 *
 * @param basis what identifies the person
 * @param holdings the authorships the person holds, each with why
 */
public record Person(Basis basis, List<Holding> holdings) {
    /** What a person's IRI is minted from. */
    public sealed interface Basis {
        /** The listed name: a person whom evidence neither joined with another name nor separated from it. */
        record Name(AuthorName name) implements Basis {
        }

        /** A dblp person, by pid: joined spellings, or one of several people with one listed name. */
        record Dblp(String pid) implements Basis {
        }

        /** An ORCID iD, for such a person that dblp does not know. */
        record OrcidId(String orcid) implements Basis {
        }
    }

    /**
     * One authorship held by the person.
     *
     * @param authorship the authorship
     * @param evidence why it is this person's
     */
    public record Holding(PublishedAuthorship authorship, LinkEvidence evidence) {
        public Holding {
            Objects.requireNonNull(authorship, "authorship");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    public Person {
        Objects.requireNonNull(basis, "basis");
        holdings = holdings.stream().sorted(Comparator.comparing(holding -> holding.authorship().iri())).toList();
        if (holdings.isEmpty()) {
            throw new IllegalArgumentException("a person holds at least one authorship");
        }
    }

    /** Every name the person is listed under, by how often, then alphabetically: the first is the preferred. */
    public List<AuthorName> names() {
        Map<AuthorName, Long> counts = holdings.stream().map(holding -> holding.authorship().name())
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<AuthorName, Long> entry) -> -entry.getValue())
                        .thenComparing(entry -> entry.getKey().asListed()))
                .map(Map.Entry::getKey).toList();
    }
}
