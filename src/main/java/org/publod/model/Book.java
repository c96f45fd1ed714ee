package org.publod.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The book a chapter appeared in, or the publisher of a monograph.
 *
 * @param title the book's title, absent for a monograph (the monograph is the book)
 * @param publisher the publisher, if given
 */
public record Book(Optional<String> title, Optional<String> publisher) {
    public Book {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
    }
}
