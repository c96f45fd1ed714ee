package org.publod.model;

import java.util.List;

/**
 * The links one linking run publishes, and the full names it learned.
 *
 * @param publications publication to dblp record links, at most one per publication and per record
 * @param persons every person of the linked publications, each holding its authorships
 * @param personLinks person to dblp person and ORCID links
 * @param names full names learned for linked persons
 */
public record Linkset(List<PublicationLink> publications, List<Person> persons, List<PersonLink> personLinks,
                      List<LearnedName> names) {
    public Linkset {
        publications = List.copyOf(publications);
        persons = List.copyOf(persons);
        personLinks = List.copyOf(personLinks);
        names = List.copyOf(names);
    }

    public static Linkset empty() {
        return new Linkset(List.of(), List.of(), List.of(), List.of());
    }
}
