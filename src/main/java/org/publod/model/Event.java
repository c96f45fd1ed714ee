package org.publod.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A conference or workshop at which a publication was presented.
 *
 * @param acronym the short name ("ICML"), if given
 * @param name the full name
 * @param startDate the first day
 * @param endDate the last day (equal to the first for one-day events)
 * @param place where it was held
 */
public record Event(Optional<String> acronym, String name, LocalDate startDate, LocalDate endDate, Place place) {
    public Event {
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(place, "place");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("an event cannot end (" + endDate + ") before it starts ("
                    + startDate + ")");
        }
    }

    public boolean isWorkshop() {
        return name.toLowerCase(Locale.ROOT).contains("workshop");
    }
}
