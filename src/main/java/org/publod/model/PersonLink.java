package org.publod.model;

import java.util.Objects;
import org.publod.vocab.Resolvers;

/**
 * A person as the reports list them, found to be a dblp person or to hold an ORCID iD.
 *
 * @param person the name as listed (its {@link AuthorName#key()} identifies the person)
 * @param target what the person is linked to
 * @param value the dblp pid ({@code 76/819}) or the ORCID iD
 * @param evidence why
 */
public record PersonLink(AuthorName person, Target target, String value, LinkEvidence evidence) {
    /** What a person link points to. */
    public enum Target {
        /** A dblp person, by pid. */
        DBLP(Resolvers.DBLP_PERSON),
        /** An ORCID record, by iD. */
        ORCID(Resolvers.ORCID);

        private final String resolver;

        Target(String resolver) {
            this.resolver = resolver;
        }

        public String url(String value) {
            return resolver + value;
        }
    }

    public PersonLink {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        if (target == Target.ORCID) {
            value = new Orcid(value).value(); // the iD is checksum-verified before any use
        } else if (!value.matches("[\\w-]+(/[\\w-]+)+")) {
            throw new IllegalArgumentException("not a dblp pid: \"" + value + "\"");
        }
    }

    public String url() {
        return target.url(value);
    }
}
