package org.publod.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.publod.serve.Paging.Pager;
import org.publod.serve.Paging.Slice;
import org.publod.serve.PersonView.YearGroup;
import org.publod.serve.SiteQueries.PublicationEntry;
import org.publod.vocab.SCHEMA;

/**
 * An event's page.
 *
 * @param name its name
 * @param acronym its acronym, or empty
 * @param dates its dates
 * @param places where it took place
 * @param works the publications presented there, on this page, by year
 * @param pager the links to the other pages of its publications
 */
record EventView(String name, String acronym, String dates, List<String> places, List<YearGroup> works,
                 Pager pager) {
    EventView {
        places = List.copyOf(places);
        works = List.copyOf(works);
    }

    /** Whether there are any places (for the template, which has no logic). */
    boolean hasPlaces() {
        return !places.isEmpty();
    }

    /** The page of an event, with one page of the publications presented there. */
    static EventView of(Description event, ListQueries lists, Paging paging, String address) {
        List<String> places = event.links(SCHEMA.location).stream().map(event::about).map(EventView::place).toList();
        Slice<PublicationEntry> works = lists.sortedPublications("?event schema:workFeatured ?publication .",
                Map.of("event", NodeFactory.createURI(event.iri())), paging);
        return new EventView(event.label(), event.textOrEmpty(SCHEMA.alternateName), Dates.range(event), places,
                PersonView.byYear(works.items()), works.pager(address));
    }

    /** A place as "locality (country)", from its name and address. */
    private static String place(Description place) {
        List<Description> addresses = place.links(SCHEMA.address).stream().map(place::about).toList();
        String locality = addresses.stream().flatMap(a -> a.texts(SCHEMA.addressLocality).stream()).findFirst()
                .orElse(place.label());
        return addresses.stream().flatMap(a -> a.texts(SCHEMA.addressCountry).stream()).findFirst()
                .map(country -> locality + " (" + country + ")").orElse(locality);
    }
}
