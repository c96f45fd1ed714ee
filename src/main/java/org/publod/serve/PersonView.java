package org.publod.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Resource;
import org.publod.serve.PageQueries.CoAuthor;
import org.publod.vocab.FABIO;
import org.publod.vocab.FOAF;
import org.publod.vocab.PUBLOD;
import org.publod.vocab.SCHEMA;

/**
 * A person's page.
 *
 * @param name the name as listed
 * @param otherNames other names the data gives
 * @param familyName the family name, or empty
 * @param initials the initials, or empty
 * @param identifiers ORCID, dblp and other identifier links
 * @param identifications the dblp person and ORCID iD linking found, with the evidence
 * @param affiliations the organisations they are affiliated with
 * @param years their publications, newest year first
 * @param coAuthors their co-authors, most shared publications first
 */
record PersonView(String name, List<String> otherNames, String familyName, String initials, List<Link> identifiers,
                  List<PageQueries.Identification> identifications, List<Link> affiliations, List<YearGroup> years,
                  List<CoAuthor> coAuthors) {
    PersonView {
        identifications = List.copyOf(identifications);
        otherNames = List.copyOf(otherNames);
        identifiers = List.copyOf(identifiers);
        affiliations = List.copyOf(affiliations);
        years = List.copyOf(years);
        coAuthors = List.copyOf(coAuthors);
    }

    /** Whether there are any otherNames (for the template, which has no logic). */
    boolean hasOtherNames() {
        return !otherNames.isEmpty();
    }

    /** Whether there are any identifiers (for the template, which has no logic). */
    boolean hasIdentifiers() {
        return !identifiers.isEmpty();
    }

    /** Whether there are any identifications (for the template, which has no logic). */
    boolean hasIdentifications() {
        return !identifications.isEmpty();
    }

    /** Whether there are any affiliations (for the template, which has no logic). */
    boolean hasAffiliations() {
        return !affiliations.isEmpty();
    }

    /** Whether there are any coAuthors (for the template, which has no logic). */
    boolean hasCoAuthors() {
        return !coAuthors.isEmpty();
    }

    static PersonView of(Description person, PageQueries queries) {
        String name = person.label();
        List<String> otherNames = new ArrayList<>(person.texts(SCHEMA.alternateName));
        person.texts(FOAF.name).stream().filter(other -> !other.equals(name) && !otherNames.contains(other))
                .forEach(otherNames::add);
        return new PersonView(name, otherNames, person.textOrEmpty(SCHEMA.familyName),
                person.textOrEmpty(PUBLOD.initials), Identifiers.all(person), queries.identifications(person.iri()),
                person.links(SCHEMA.affiliation).stream().map(org -> person.about(org).link()).toList(),
                byYear(person, person.linkedFrom(SCHEMA.author)), queries.coAuthors(person.iri()));
    }

    /** Publications grouped by year, newest first; within a year by title. */
    static List<YearGroup> byYear(Description context, List<Resource> publications) {
        Map<String, List<Link>> groups = new TreeMap<>(Comparator.reverseOrder());
        for (Resource publication : publications) {
            Description about = context.about(publication);
            groups.computeIfAbsent(about.text(FABIO.hasPublicationYear).orElse("year unknown"),
                    year -> new ArrayList<>()).add(about.link());
        }
        List<YearGroup> years = new ArrayList<>();
        groups.forEach((year, links) -> years.add(new YearGroup(year, links.stream()
                .sorted(Comparator.comparing(Link::text)).toList())));
        return years;
    }

    /**
     * The publications of one year.
     *
     * @param year the year
     * @param publications links to them, labelled with their titles
     */
    record YearGroup(String year, List<Link> publications) {
        YearGroup {
            publications = List.copyOf(publications);
        }
    }
}
