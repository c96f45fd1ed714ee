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

        @Override
        public String sourceOf(String node) {
            return "an unknown entry";
        }
    };

    /** The publications of other reports with this DOI. */
    List<Stored> publicationsWithDoi(String doi);

    /** The journals of other reports with this ISSN, one row per journal and name. */
    List<Stored> journalsWithIssn(String issn);

    /**
     * The entry a stored resource came from, as {@code file:line} (for a journal, one of its articles' entries), or
     * its report graph when that is unknown. Asked only for a resource that clashes with the run.
     */
    String sourceOf(String node);

    /**
     * One stored resource.
     *
     * @param node its IRI
     * @param name its title
     */
    record Stored(String node, String name) {
        public Stored {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(name, "name");
        }
    }
}
