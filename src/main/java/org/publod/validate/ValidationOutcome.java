package org.publod.validate;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * What validating one graph found.
 *
 * @param violations every result, blocking or not; empty when the data conforms
 * @param report the standard SHACL validation report graph
 */
public record ValidationOutcome(List<Violation> violations, Graph report) {
    public ValidationOutcome {
        violations = List.copyOf(violations);
        Objects.requireNonNull(report, "report");
    }

    public boolean blocks() {
        return violations.stream().anyMatch(Violation::blocking);
    }
}
