package org.publod.model;

import java.time.Instant;
import java.util.HashMap;
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

    /**
     * These counts with {@code change} added: triples and instances per class, which may be negative where a
     * replaced graph held more than its successor.
     */
    public DatasetStatistics plus(long tripleChange, Map<String, Long> entityChange, Optional<Instant> lastModified,
                                  List<String> examples) {
        Map<String, Long> classes = new HashMap<>(entitiesPerClass);
        entityChange.forEach((classIri, change) -> classes.merge(classIri, change, Long::sum));
        classes.values().removeIf(count -> count == 0);
        return new DatasetStatistics(triples + tripleChange, classes, lastModified, examples);
    }
}
