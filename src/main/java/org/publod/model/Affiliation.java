package org.publod.model;

import java.util.Objects;
import java.util.Optional;

/** An author's affiliation at the time of a publication, as the report states it. */
public sealed interface Affiliation {

    /** The text as printed in the report. */
    String asListed();

    /** The publishing institute itself (the report names it by its short name). */
    record Institute(String asListed) implements Affiliation {
        public Institute {
            Objects.requireNonNull(asListed, "asListed");
        }
    }

    /** "other affiliation": somewhere that is not the institute. Not an organisation of its own. */
    record Other(String asListed) implements Affiliation {
        public Other {
            Objects.requireNonNull(asListed, "asListed");
        }
    }

    /** A named organisation other than the institute, with the ISO 3166-1 country code if given. */
    record Named(String asListed, String name, Optional<String> countryCode) implements Affiliation {
        public Named {
            Objects.requireNonNull(asListed, "asListed");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(countryCode, "countryCode");
        }
    }

    /** The report gives no affiliation line for this author. */
    record Unstated() implements Affiliation {
        @Override
        public String asListed() {
            return "";
        }
    }
}
