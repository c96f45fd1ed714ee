package org.publod.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.publod.serve.Paging.Pager;
import org.publod.serve.Paging.Slice;
import org.publod.vocab.SCHEMA;

/**
 * An organisation's page.
 *
 * @param name its name
 * @param alternateNames its short names
 * @param countries the countries of its addresses
 * @param identifiers ROR and other identifier links
 * @param members the persons affiliated with it, on this page
 * @param pager the links to the other pages of its members
 */
record OrganizationView(String name, List<String> alternateNames, List<String> countries, List<Link> identifiers,
                        List<Link> members, Pager pager) {
    OrganizationView {
        alternateNames = List.copyOf(alternateNames);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
        members = List.copyOf(members);
    }

    /** Whether there are any alternateNames (for the template, which has no logic). */
    boolean hasAlternateNames() {
        return !alternateNames.isEmpty();
    }

    /** Whether there are any countries (for the template, which has no logic). */
    boolean hasCountries() {
        return !countries.isEmpty();
    }

    /** Whether there are any identifiers (for the template, which has no logic). */
    boolean hasIdentifiers() {
        return !identifiers.isEmpty();
    }

    /** The page of an organisation, with one page of its members, in the order they were published. */
    static OrganizationView of(Description organization, ListQueries lists, Paging paging, String address) {
        List<String> countries = organization.links(SCHEMA.address).stream()
                .flatMap(place -> organization.about(place).texts(SCHEMA.addressCountry).stream()).toList();
        Slice<Link> members = lists.named("?thing schema:affiliation ?organization .", Map.of("organization",
                NodeFactory.createURI(organization.iri())), paging);
        return new OrganizationView(organization.label(), organization.texts(SCHEMA.alternateName), countries,
                Identifiers.all(organization), members.items(), members.pager(address));
    }
}
