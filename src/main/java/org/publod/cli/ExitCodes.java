package org.publod.cli;

import org.publod.PublodException;

/** Every exit code publod returns, in one place (the README lists them). */
public final class ExitCodes {
    /** Everything asked for was done: every entry published, the query answered. */
    public static final int OK = 0;
    /** A fault in publod: please report it. */
    public static final int INTERNAL = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Some entries were rejected (by {@code validate}: would be); all others were published. */
    public static final int ENTRIES_REJECTED = 3;
    /** An input could not be used: a missing or undecodable report, a bad query, a bad option value. */
    public static final int INPUT = 4;
    /** The store could not be opened, read or written. */
    public static final int STORE = 5;
    /** {@code validate}: the data would be published, but with warnings. */
    public static final int WARNINGS_ONLY = 6;

    private ExitCodes() {
    }

    static int of(PublodException.ErrorCode code) {
        return switch (code) {
            case INPUT -> INPUT;
            case STORE -> STORE;
            case INTERNAL -> INTERNAL;
        };
    }
}
