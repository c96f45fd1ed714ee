package org.publod.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Pages as written ("33270-33288", "1", "015020-1-12") and, where they can be told apart, first and last page.
 *
 * @param asWritten the text after "pp."
 * @param start the first page
 * @param end the last page, absent for a single page
 */
public record PageRange(String asWritten, String start, Optional<String> end) {
    public PageRange {
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isBlank()) {
            throw new IllegalArgumentException("a page range needs a first page, found \"" + asWritten + "\"");
        }
    }
}
