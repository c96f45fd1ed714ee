package org.publod.cli;

import java.io.PrintWriter;
import java.util.List;
import org.publod.model.Diagnostic;
import org.publod.pipeline.Rejection;
import org.publod.pipeline.ReportRun;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.RunSummary;

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
        summary(RunSummary.of(run));
    }

    void summary(RunSummary run) {
        out.printf("%s: %d entries read, %d published, %d rejected, %d triples in <%s> (%.2f s)%n", run.report(),
                run.entriesRead(), run.published(), run.rejected(), run.triples(), run.graph(), run.seconds());
        out.flush();
    }

    /**
     * Prints what a run elsewhere (a publication into a running server) found, as a local run prints it while it
     * goes: each rejection with its reasons, each warning, then the summary.
     */
    void replay(RunSummary run) {
        run.rejections().forEach(rejection -> {
            out.println("rejected " + rejection.entry() + ":");
            rejection.reasons().forEach(reason -> out.println("  " + reason));
        });
        run.warnings().forEach(warning -> out.println("warning: " + warning));
        if (run.rejected() > run.rejections().size() || run.warningCount() > run.warnings().size()) {
            out.printf("(the first %d rejections and warnings are listed)%n", ReportRun.KEPT);
        }
        summary(run);
    }

    void totals(List<ReportRun> runs, String store) {
        summaryTotals(runs.stream().map(RunSummary::of).toList(), store);
    }

    void summaryTotals(List<RunSummary> runs, String store) {
        long read = runs.stream().mapToLong(RunSummary::entriesRead).sum();
        long published = runs.stream().mapToLong(RunSummary::published).sum();
        long rejected = runs.stream().mapToLong(RunSummary::rejected).sum();
        long triples = runs.stream().mapToLong(RunSummary::triples).sum();
        double seconds = runs.stream().mapToDouble(RunSummary::seconds).sum();
        out.printf("Total: %d report(s), %d entries read, %d published, %d rejected, %d triples, %.2f s, into %s%n",
                runs.size(), read, published, rejected, triples, seconds, store);
        out.flush();
    }

}
