package org.publod.link;

import java.util.Objects;

/**
 * An uncertain candidate link, for a curator to accept or reject.
 *
 * @param kind {@code publication} or {@code authorship}
 * @param subject the IRI of the publication or authorship, as published: what the decision is keyed by
 * @param label the subject in words, for the curator: the title, or the listed name, position and title
 * @param target the IRI the subject would be linked to
 * @param score the matcher's score
 * @param method how the candidate was found
 * @param evidence the facts, in words
 */
public record ReviewItem(String kind, String subject, String label, String target, double score, String method,
                         String evidence) {
    public ReviewItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(evidence, "evidence");
    }
}
