package org.publod.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line as {@code main} builds it, with its standard output and error kept for the test to read. */
final class CapturedCommandLine {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command; output and error add up over the runs. */
    int execute(String... args) {
        return PublodCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    StringWriter out() {
        return out;
    }

    StringWriter err() {
        return err;
    }
}
