package org.publod.link;

import java.util.Objects;

/**
 * An uncertain candidate link, for a curator to accept or reject.
 *
 * @param kind {@code publication} or {@code person}
 * @param subject the publication's title or the person's name, as listed
 * @param target the IRI the subject would be linked to
 * @param score the matcher's score
 * @param method how the candidate was found
 * @param evidence the facts, in words
 */
public record ReviewItem(String kind, String subject, String target, double score, String method,
                         String evidence) {
    public ReviewItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(evidence, "evidence");
    }
}
