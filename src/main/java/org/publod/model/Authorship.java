package org.publod.model;

import java.util.Objects;

/**
 * One author of one publication, at one position.
 *
 * @param position 1-based place in the author list
 * @param name the author as listed
 * @param affiliation their affiliation for this publication
 */
public record Authorship(int position, AuthorName name, Affiliation affiliation) {
    public Authorship {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(affiliation, "affiliation");
        if (position < 1) {
            throw new IllegalArgumentException("author positions start at 1, was " + position);
        }
    }
}
