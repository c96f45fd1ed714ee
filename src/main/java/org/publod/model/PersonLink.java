package org.publod.model;

import java.util.Objects;
import org.publod.vocab.Resolvers;

/**
 * A person found to be a dblp person or to hold an ORCID iD.
 *
 * @param person the person, by what identifies them
 * @param target what the person is linked to
 * @param value the dblp pid ({@code 76/819}) or the ORCID iD
 * @param evidence why
 */
public record PersonLink(Person.Basis person, Target target, String value, LinkEvidence evidence) {
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
        value = target == Target.ORCID ? new Orcid(value).value() : pid(value);
    }

    public String url() {
        return target.url(value);
    }

    /** {@code value} if it is a dblp pid; the iD's checksum is verified before any use. */
    public static String pid(String value) {
        if (!isPid(value)) {
            throw new IllegalArgumentException("not a dblp pid: \"" + value + "\"");
        }
        return value;
    }

    /** Whether {@code value} has the form of a dblp pid ("76/819", "g/JohnDoe"). */
    public static boolean isPid(String value) {
        return value.matches("[\\w-]+(/[\\w-]+)+");
    }
}
