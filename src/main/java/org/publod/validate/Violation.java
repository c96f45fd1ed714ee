package org.publod.validate;

import java.util.Objects;
import java.util.Optional;

/**
 * One SHACL result, in terms a person can read.
 *
 * @param focusNode the IRI of the resource that failed
 * @param path the property path, in prefixed form where a prefix is known
 * @param component the SHACL constraint component that failed (e.g. {@code sh:MinCountConstraintComponent})
 * @param blocking whether it blocks publication ({@code sh:Violation}) or is only reported ({@code sh:Warning})
 * @param message the shape's message
 * @param value the offending value, if any
 */
public record Violation(String focusNode, String path, String component, boolean blocking, String message,
                        Optional<String> value) {
    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(value, "value");
    }
}
