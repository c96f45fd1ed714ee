package org.publod.link;

import java.util.List;
import org.publod.model.Linkset;

/**
 * What one linking run found.
 *
 * @param linkset the links to publish
 * @param review the uncertain candidates, for the review file
 * @param notes findings a person should read, such as name variants that turned out to be one person
 * @param problems input that was not used, such as registry rows with a bad ORCID checksum
 */
public record LinkOutcome(Linkset linkset, List<ReviewItem> review, List<String> notes, List<String> problems) {
    public LinkOutcome {
        review = List.copyOf(review);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }
}
