package org.publod.model;

import java.util.Objects;
import org.publod.vocab.Resolvers;

/**
 * A publication found to be a dblp record.
 *
 * @param publication the publication as published
 * @param dblpKey the dblp record key, such as {@code conf/icml/LudziejewskiKA24}
 * @param evidence why
 */
public record PublicationLink(PublishedWork publication, String dblpKey, LinkEvidence evidence) {
    public PublicationLink {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(dblpKey, "dblpKey");
        Objects.requireNonNull(evidence, "evidence");
        if (!dblpKey.matches("[\\w.-]+(/[\\w.-]+)+")) {
            throw new IllegalArgumentException("not a dblp record key: \"" + dblpKey + "\"");
        }
    }

    public String dblpUrl() {
        return Resolvers.DBLP_RECORD + dblpKey;
    }
}
