package org.publod.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The institute that publishes its reports: configured once, pointed at by every "IPPT PAN" affiliation.
 *
 * @param shortName how reports name it ("IPPT PAN")
 * @param name its full name
 * @param countryCode its ISO 3166-1 alpha-2 country
 * @param ror its ROR identifier, if configured (the bare id, e.g. "0abcdef12")
 */
public record Institute(String shortName, String name, String countryCode, Optional<String> ror) {
    public Institute {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(ror, "ror");
    }

    /** IPPT PAN, the institute whose reports publod was first built for. */
    public static Institute ipptPan() {
        return new Institute("IPPT PAN",
                "Institute of Fundamental Technological Research, Polish Academy of Sciences", "PL",
                Optional.empty());
    }
}
