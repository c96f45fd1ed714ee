package org.publod.cli;

import java.io.PrintWriter;
import org.publod.pipeline.ProgressListener;

/** Prints how far a long run has come, at most every two seconds, so short runs stay quiet. */
final class ProgressPrinter implements ProgressListener {
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private long lastPrinted = System.nanoTime();

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void entryRead(String report, long entries) {
        long now = System.nanoTime();
        if (now - lastPrinted >= INTERVAL_NANOS) {
            err.printf("%s: %,d entries read...%n", report, entries);
            err.flush();
            lastPrinted = now;
        }
    }
}
