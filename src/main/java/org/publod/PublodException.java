package org.publod;

import java.util.Objects;

/** The one unchecked exception publod throws for failures; its code tells a user error from a fault. */
public final class PublodException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure this is; the CLI maps each kind to its exit code. */
    public enum ErrorCode {
        /** The user gave something publod cannot use: a missing file, a bad option value, an undecodable file. */
        INPUT,
        /** The store could not be opened, read or written. */
        STORE,
        /** A fault in publod or its environment. */
        INTERNAL
    }

    private final ErrorCode code;

    public PublodException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public PublodException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
