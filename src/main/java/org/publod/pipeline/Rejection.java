package org.publod.pipeline;

import java.util.List;
import java.util.Objects;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;

/**
 * An entry that was not published: where it is, why, and its text as read.
 *
 * @param source where the entry starts
 * @param reasons the problems, errors first
 * @param rawText the entry's lines
 */
public record Rejection(SourceLocation source, List<Diagnostic> reasons, String rawText) {
    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rawText, "rawText");
        reasons = List.copyOf(reasons);
    }

    /**
     * Whether the entry was rejected because publod itself failed on it (an exception the reader, the mapper or
     * the validator did not expect), not because of what the entry says.
     */
    public boolean isFault() {
        return reasons.stream().anyMatch(reason -> reason.field().equals(Diagnostic.FAULT_FIELD));
    }
}
