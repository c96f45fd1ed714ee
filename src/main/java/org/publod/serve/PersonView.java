package org.publod.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.publod.serve.PageQueries.CoAuthor;
import org.publod.serve.Paging.Pager;
import org.publod.serve.Paging.Slice;
import org.publod.serve.SiteQueries.PublicationEntry;
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
 * @param years their publications on this page, newest year first
 * @param pager the links to the other pages of their publications
 * @param coAuthors their co-authors, most shared publications first
 */
record PersonView(String name, List<String> otherNames, String familyName, String initials, List<Link> identifiers,
                  List<PageQueries.Identification> identifications, List<Link> affiliations, List<YearGroup> years,
                  Pager pager, List<CoAuthor> coAuthors) {
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

    /** The page of a person, with one page of their publications (newest first). */
    static PersonView of(Description person, PageQueries queries, ListQueries lists, Paging paging, String address) {
        Slice<PublicationEntry> publications = lists.sortedPublications("?publication schema:author ?person .",
                Map.of("person", NodeFactory.createURI(person.iri())), paging);
        String name = person.label();
        List<String> otherNames = new ArrayList<>(person.texts(SCHEMA.alternateName));
        person.texts(FOAF.name).stream().filter(other -> !other.equals(name) && !otherNames.contains(other))
                .forEach(otherNames::add);
        return new PersonView(name, otherNames, person.textOrEmpty(SCHEMA.familyName),
                person.textOrEmpty(PUBLOD.initials), Identifiers.all(person), queries.identifications(person.iri()),
                person.links(SCHEMA.affiliation).stream().map(org -> person.about(org).link()).toList(),
                byYear(publications.items()), publications.pager(address), queries.coAuthors(person.iri()));
    }

    /** Publications grouped by year, in the order given (newest year first). */
    static List<YearGroup> byYear(List<PublicationEntry> publications) {
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        for (PublicationEntry publication : publications) {
            groups.computeIfAbsent(publication.year().isEmpty() ? "year unknown" : publication.year(),
                    year -> new ArrayList<>()).add(publication.link());
        }
        List<YearGroup> years = new ArrayList<>();
        groups.forEach((year, links) -> years.add(new YearGroup(year, links)));
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
