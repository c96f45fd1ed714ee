package org.publod.link;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.publod.vocab.Resolvers;

/**
 * What matching needs of one dblp publication record.
 *
 * @param key the record key ("conf/icml/LudziejewskiKA24")
 * @param title the title as dblp writes it, trailing period included
 * @param year the year of publication, 0 if dblp gives none
 * @param venue where it appeared ({@code dblp:publishedIn}), empty if not stated
 * @param doi the bare DOI, lower-cased, if dblp has one
 * @param authors the signatures in order of their ordinals
 */
public record DblpRecord(String key, String title, int year, String venue, Optional<String> doi,
                         List<DblpSignature> authors) {
    public DblpRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(doi, "doi");
        authors = authors.stream().sorted(Comparator.comparingInt(DblpSignature::ordinal)).toList();
        if (key.isBlank()) {
            throw new IllegalArgumentException("a dblp record needs a key");
        }
    }

    public String url() {
        return Resolvers.DBLP_RECORD + key;
    }
}
