package org.publod.serve;

import java.util.Comparator;
import java.util.List;
import org.publod.vocab.SCHEMA;

/**
 * An organisation's page.
 *
 * @param name its name
 * @param alternateNames its short names
 * @param countries the countries of its addresses
 * @param identifiers ROR and other identifier links
 * @param members the persons affiliated with it
 */
record OrganizationView(String name, List<String> alternateNames, List<String> countries, List<Link> identifiers,
                        List<Link> members) {
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

    static OrganizationView of(Description organization) {
        List<String> countries = organization.links(SCHEMA.address).stream()
                .flatMap(address -> organization.about(address).texts(SCHEMA.addressCountry).stream()).toList();
        List<Link> members = organization.linkedFrom(SCHEMA.affiliation).stream()
                .map(person -> organization.about(person).link())
                .sorted(Comparator.comparing(Link::text)).toList();
        return new OrganizationView(organization.label(), organization.texts(SCHEMA.alternateName), countries,
                Identifiers.all(organization), members);
    }
}
