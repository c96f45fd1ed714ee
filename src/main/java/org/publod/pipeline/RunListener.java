package org.publod.pipeline;

import org.publod.model.Diagnostic;

/**
 * Hears a run as it goes: progress, and each rejection and warning the moment it is known, so that a caller can
 * report them without the run holding them all (a report may have millions of entries).
 */
public interface RunListener {
    RunListener NONE = new RunListener() {
    };

    /** Called after each entry of {@code report}, with the number read so far. */
    default void entryRead(String report, long entries) {
    }

    /** An entry that will not be published, with its reasons. */
    default void rejected(Rejection rejection) {
    }

    /** A problem that does not block its entry, or that belongs to no entry. */
    default void warned(Diagnostic warning) {
    }

    /** Both listeners hear everything, this one first. */
    default RunListener and(RunListener other) {
        RunListener first = this;
        return new RunListener() {
            @Override
            public void entryRead(String report, long entries) {
                first.entryRead(report, entries);
                other.entryRead(report, entries);
            }

            @Override
            public void rejected(Rejection rejection) {
                first.rejected(rejection);
                other.rejected(rejection);
            }

            @Override
            public void warned(Diagnostic warning) {
                first.warned(warning);
                other.warned(warning);
            }
        };
    }
}
