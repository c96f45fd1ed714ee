package org.publod.model;

import java.util.List;
import java.util.Objects;

/**
 * One author of one publication, at one position.
 *
 * @param position 1-based place in the author list
 * @param name the author as listed
 * @param affiliation their affiliation for this publication
 */
public record Authorship(int position, AuthorName name, Affiliation affiliation) {
    /**
     * Checks that {@code positions}, an author list's positions in list order, run 1..n.
     *
     * @param owner what the list belongs to, for the message
     */
    static void requireInOrder(List<Integer> positions, String owner) {
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i) != i + 1) {
                throw new IllegalArgumentException(owner + "author positions must run 1..n, found "
                        + positions.get(i) + " at index " + i);
            }
        }
    }

    public Authorship {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(affiliation, "affiliation");
        if (position < 1) {
            throw new IllegalArgumentException("author positions start at 1, was " + position);
        }
    }
}
