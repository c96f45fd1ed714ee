package org.publod.pipeline;

/** Hears how far a long run has come. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (report, entries) -> { };

    /** Called after each entry of {@code report}, with the number read so far. */
    void entryRead(String report, long entries);
}
