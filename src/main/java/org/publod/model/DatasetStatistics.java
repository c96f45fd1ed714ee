package org.publod.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The size and shape of the published dataset: the union of its report graphs.
 *
 * @param triples distinct triples over all report graphs
 * @param entitiesPerClass distinct instances of each class, by class IRI (persons are those of schema:Person);
 *     classes without instances are left out
 * @param lastModified when the newest report graph was made
 * @param examples a few publication IRIs to start browsing from
 */
public record DatasetStatistics(long triples, Map<String, Long> entitiesPerClass, Optional<Instant> lastModified,
                                List<String> examples) {
    public DatasetStatistics {
        entitiesPerClass = Map.copyOf(entitiesPerClass);
        Objects.requireNonNull(lastModified, "lastModified");
        examples = List.copyOf(examples);
    }
}
