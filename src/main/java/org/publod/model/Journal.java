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
 * @param articleNumber the article's number within its volume or issue, for journals that number articles
 *     instead of (or as well as) paginating them
 */
public record Journal(String title, Optional<Issn> issn, Optional<String> volume, Optional<String> issue,
                      Optional<String> articleNumber) {
    public Journal {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issn, "issn");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(articleNumber, "articleNumber");
    }
}
