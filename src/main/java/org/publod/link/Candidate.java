package org.publod.link;

import java.util.List;
import java.util.Objects;
import org.publod.model.PublishedWork;

/**
 * A dblp record the matcher weighed for a publication, with its score and the facts behind it.
 *
 * @param publication the publication
 * @param record the dblp record
 * @param score the score in [0, 1]
 * @param facts the facts the score rests on
 */
record Candidate(PublishedWork publication, DblpRecord record, double score, List<String> facts) {
    Candidate {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(record, "record");
        facts = List.copyOf(facts);
    }
}
