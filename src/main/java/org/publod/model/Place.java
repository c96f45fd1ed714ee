package org.publod.model;

import java.util.Objects;

/**
 * Where an event took place, as written: "Wiedeń (AT)".
 *
 * @param locality the city in the report's language
 * @param countryCode the ISO 3166-1 alpha-2 code
 */
public record Place(String locality, String countryCode) {
    public Place {
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(countryCode, "countryCode");
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a country code is two capital letters, found \"" + countryCode + "\"");
        }
    }
}
