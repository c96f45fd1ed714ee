package org.publod.map;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;

/** Instants as the calendars Jena types as {@code xsd:dateTime}, always in UTC. */
final class Times {
    private Times() {
    }

    static Calendar utc(Instant time) {
        return GregorianCalendar.from(time.atZone(ZoneOffset.UTC));
    }
}
