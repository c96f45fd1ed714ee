package org.publod.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import org.publod.model.Diagnostic;
import org.publod.pipeline.Rejection;
import org.publod.pipeline.ReportRun;

/** Prints what a run did: per report, each rejection with its reasons, then the totals. */
final class RunReportPrinter {
    private final PrintWriter out;

    RunReportPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ReportRun run) {
        for (Rejection rejection : run.rejections()) {
            out.println("rejected " + rejection.source() + ":");
            rejection.reasons().stream().filter(Diagnostic::isError).forEach(reason -> out.println("  " + reason));
        }
        for (Diagnostic warning : run.warnings()) {
            out.println("warning: " + warning);
        }
        out.printf("%s: %d entries read, %d published, %d rejected, %d triples in <%s> (%s)%n", run.reportFile(),
                run.entriesRead(), run.published(), run.rejections().size(), run.triples(), run.graphIri(),
                seconds(run.elapsed()));
    }

    void printTotals(List<ReportRun> runs, String store) {
        long read = runs.stream().mapToLong(ReportRun::entriesRead).sum();
        long published = runs.stream().mapToLong(ReportRun::published).sum();
        long rejected = runs.stream().mapToLong(run -> run.rejections().size()).sum();
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
