package org.publod.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a journal article appeared.
 *
 * @param title the journal's title as written
 * @param issn its ISSN, if given
 * @param volume the volume, absent for articles published online first
 * @param issue the issue number, if given
 */
public record Journal(String title, Optional<Issn> issn, Optional<String> volume, Optional<String> issue) {
    public Journal {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issn, "issn");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(issue, "issue");
    }
}
