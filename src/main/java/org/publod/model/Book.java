package org.publod.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The book a chapter appeared in, or the publisher and size of a monograph.
 *
 * @param title the book's title, absent for a monograph (the monograph is the book)
 * @param publisher the publisher, if given
 * @param pageCount how many pages a monograph has ("pp.250" on a monograph), if given
 */
public record Book(Optional<String> title, Optional<String> publisher, Optional<Integer> pageCount) {
    public Book {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(pageCount, "pageCount");
        if (pageCount.isPresent() && pageCount.get() < 1) {
            throw new IllegalArgumentException("a page count is positive, found " + pageCount.get());
        }
    }
}
