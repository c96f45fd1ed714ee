package org.publod.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import org.publod.model.Diagnostic;
import org.publod.pipeline.Rejection;
import org.publod.pipeline.ReportRun;
import org.publod.pipeline.RunListener;

/**
 * Prints a run as it goes: each rejection with its reasons and each warning the moment they are known,
 * progress at most every two seconds (so short runs stay quiet), and a summary per report and in total.
 */
final class RunReportPrinter implements RunListener {
    private static final long PROGRESS_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter out;
    private final PrintWriter progress;
    private long lastProgress;

    RunReportPrinter(PrintWriter out, PrintWriter progress) {
        this.out = out;
        this.progress = progress;
    }

    @Override
    public void entryRead(String report, long entries) {
        long now = System.nanoTime();
        if (entries == 1) {
            lastProgress = now;
        } else if (now - lastProgress >= PROGRESS_INTERVAL_NANOS) {
            progress.printf("%s: %,d entries read...%n", report, entries);
            progress.flush();
            lastProgress = now;
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        out.println("rejected " + rejection.source() + ":");
        rejection.reasons().stream().filter(Diagnostic::isError).forEach(reason -> out.println("  " + reason));
    }

    @Override
    public void warned(Diagnostic warning) {
        out.println("warning: " + warning);
    }

    void summary(ReportRun run) {
        out.printf("%s: %d entries read, %d published, %d rejected, %d triples in <%s> (%s)%n", run.reportFile(),
                run.entriesRead(), run.published(), run.rejected(), run.triples(), run.graphIri(),
                seconds(run.elapsed()));
        out.flush();
    }

    void totals(List<ReportRun> runs, String store) {
        long read = runs.stream().mapToLong(ReportRun::entriesRead).sum();
        long published = runs.stream().mapToLong(ReportRun::published).sum();
        long rejected = runs.stream().mapToLong(ReportRun::rejected).sum();
        long triples = runs.stream().mapToLong(ReportRun::triples).sum();
        Duration elapsed = runs.stream().map(ReportRun::elapsed).reduce(Duration.ZERO, Duration::plus);
        out.printf("Total: %d report(s), %d entries read, %d published, %d rejected, %d triples, %s, into %s%n",
                runs.size(), read, published, rejected, triples, seconds(elapsed), store);
        out.flush();
    }

    private static String seconds(Duration elapsed) {
        return String.format("%.2f s", elapsed.toMillis() / 1000.0);
    }
}
