package org.publod.model;

import java.util.Objects;

/**
 * Where something was read: a report's file name (never a machine path) and a 1-based line.
 *
 * @param file the report's file name as the user knows it
 * @param line the 1-based line number
 */
public record SourceLocation(String file, int line) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
