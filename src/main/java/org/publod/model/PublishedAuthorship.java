package org.publod.model;

import java.util.Objects;

/**
 * One authorship of a published work: whose name stood at which position. Person identity is decided per
 * authorship, so that the same listed name can be two people and two spellings one.
 *
 * @param iri the authorship's IRI (the author role)
 * @param position 1-based place in the author list
 * @param name the author as listed
 */
public record PublishedAuthorship(String iri, int position, AuthorName name) {
    public PublishedAuthorship {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
        if (position < 1) {
            throw new IllegalArgumentException("author positions start at 1, was " + position);
        }
    }
}
