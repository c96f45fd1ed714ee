package org.publod.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a link was made: how sure the linker is, by which method, on which facts, and who decided.
 *
 * @param score the confidence in [0, 1]
 * @param method the method's short name, such as {@code "title+year+authors"} or {@code "dblp signature"}
 * @param facts the facts the score rests on, one short sentence each
 * @param origin who decided that the link holds
 */
public record LinkEvidence(double score, String method, List<String> facts, Origin origin) {
    /** Who decided that a link holds. */
    public enum Origin {
        /** The matcher, with a score in its accept band. */
        MATCHER,
        /** A source states the link itself (dblp lists the iD on the person, the institute's registry lists it). */
        SOURCE,
        /** A curator accepted the link in the decisions file; the matcher never overrides this. */
        CURATOR
    }

    public LinkEvidence {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(origin, "origin");
        facts = List.copyOf(facts);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a link score lies in [0, 1], was " + score);
        }
        if (method.isBlank()) {
            throw new IllegalArgumentException("a link needs the name of its method");
        }
    }
}
