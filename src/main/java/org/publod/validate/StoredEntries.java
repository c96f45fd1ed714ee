package org.publod.validate;

import java.util.List;
import java.util.Objects;

/**
 * What the store already holds in the graphs of other reports, looked up key by key so that a run never reads the
 * whole store. Called from the threads that validate: implementations must be thread-safe.
 */
public interface StoredEntries {
    /** Nothing stored: a run into an empty store, or one that writes nowhere. */
    StoredEntries NONE = new StoredEntries() {
        @Override
        public List<Stored> publicationsWithDoi(String doi) {
            return List.of();
        }

        @Override
        public List<Stored> journalsWithIssn(String issn) {
            return List.of();
        }
    };

    /** The publications of other reports with this DOI. */
    List<Stored> publicationsWithDoi(String doi);

    /** The journals of other reports with this ISSN, one row per journal and name. */
    List<Stored> journalsWithIssn(String issn);

    /**
     * One stored resource.
     *
     * @param node its IRI
     * @param name its title
     * @param source the entry it came from, as {@code file:line}, or its report graph when that is unknown
     */
    record Stored(String node, String name, String source) {
        public Stored {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
        }
    }
}
