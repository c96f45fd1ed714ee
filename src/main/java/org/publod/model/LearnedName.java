package org.publod.model;

import java.util.Objects;

/**
 * A person's full name as a source gives it, for a person the reports list with initials only.
 *
 * @param person the person
 * @param givenName the given names, as the source writes them
 * @param fullName the full name, as the source writes it (dblp homonym numbers removed)
 * @param source the IRI of the record the name comes from (a dblp person page, an ORCID record)
 */
public record LearnedName(Person.Basis person, String givenName, String fullName, String source) {
    public LearnedName {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(source, "source");
        if (givenName.isBlank() || fullName.isBlank()) {
            throw new IllegalArgumentException("a learned name needs a given and a full name");
        }
    }
}
