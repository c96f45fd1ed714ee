package org.publod.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the input, reported as {@code file:line: field: problem (found "value")}.
 *
 * @param location where the problem is
 * @param field the entry field it concerns, in the report's own terms ("authors", "pages", ...)
 * @param problem what is wrong, in words a librarian can act on
 * @param found the offending text, if there is one
 * @param severity whether the entry is rejected
 */
public record Diagnostic(SourceLocation location, String field, String problem, Optional<String> found,
                         Severity severity) {
    /** The field of the diagnostic that rejects an entry publod failed on, rather than one it found wrong. */
    public static final String FAULT_FIELD = "publod fault";
    private static final int MAX_QUOTED = 120;

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(severity, "severity");
    }

    public static Diagnostic error(SourceLocation location, String field, String problem, String found) {
        return new Diagnostic(location, field, problem, Optional.ofNullable(found), Severity.ERROR);
    }

    public static Diagnostic warning(SourceLocation location, String field, String problem, String found) {
        return new Diagnostic(location, field, problem, Optional.ofNullable(found), Severity.WARNING);
    }

    /** The error that rejects an entry because publod failed on it: {@code what} names the stage and the failure. */
    public static Diagnostic fault(SourceLocation location, String what) {
        return error(location, FAULT_FIELD, what + "; the entry is left out. Please send it to the publod "
                + "maintainers", null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form every part of publod prints. */
    @Override
    public String toString() {
        String text = location + ": " + field + ": " + problem;
        return found.map(value -> text + " (found \"" + abbreviate(value) + "\")").orElse(text);
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED) + "...";
    }
}
