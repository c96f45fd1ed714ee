package org.publod.store;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.publod.model.DatasetStatistics;

/**
 * How the dataset describes itself, given to the store by the pipeline (the mapping is another stage's): the
 * description's named graph, the statistics a stored description states, and the description of given statistics.
 */
public interface DescriptionFormat {
    /** The named graph that holds the description; it is left out of the counts it states. */
    String graph();

    /** The statistics {@code description} states; empty when it states none. */
    Optional<DatasetStatistics> read(Model description);

    /** The description of {@code statistics}, to be stored in {@link #graph()}. */
    Model write(DatasetStatistics statistics);
}
