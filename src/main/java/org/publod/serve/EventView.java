package org.publod.serve;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.publod.serve.PersonView.YearGroup;
import org.publod.vocab.SCHEMA;

/**
 * An event's page.
 *
 * @param name its name
 * @param acronym its acronym, or empty
 * @param dates its dates
 * @param places where it took place
 * @param works the publications presented there, by year
 */
record EventView(String name, String acronym, String dates, List<String> places, List<YearGroup> works) {
    EventView {
        places = List.copyOf(places);
        works = List.copyOf(works);
    }

    /** Whether there are any places (for the template, which has no logic). */
    boolean hasPlaces() {
        return !places.isEmpty();
    }

    static EventView of(Description event) {
        List<String> places = event.links(SCHEMA.location).stream().map(event::about).map(EventView::place).toList();
        List<Resource> works = event.links(SCHEMA.workFeatured);
        return new EventView(event.label(), event.textOrEmpty(SCHEMA.alternateName), Dates.range(event), places,
                PersonView.byYear(event, works));
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
