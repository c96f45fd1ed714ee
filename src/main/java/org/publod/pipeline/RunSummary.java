package org.publod.pipeline;

import java.util.List;
import java.util.Objects;
import org.publod.model.Diagnostic;

/**
 * What publishing one report did, as {@code publish} prints it and as {@code serve} answers a publication in JSON:
 * entries read, published and rejected (each rejection by {@code file:line} with its reasons), warnings, triples and
 * time. The first {@value ReportRun#KEPT} rejections and warnings are listed; the counts count them all.
 *
 * @param report the report's file name
 * @param graph the named graph it went into
 * @param entriesRead how many entries were read: published plus rejected
 * @param published how many entries were published
 * @param rejected how many entries were rejected
 * @param rejections the first rejections
 * @param warningCount how many warnings there were
 * @param warnings the first warnings, each as one line ({@code file:line: field: problem})
 * @param triples the triples in the report's graph afterwards
 * @param seconds how long the run took
 */
public record RunSummary(String report, String graph, long entriesRead, long published, long rejected,
                         List<RejectedEntry> rejections, long warningCount, List<String> warnings, long triples,
                         double seconds) {
    public RunSummary {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(graph, "graph");
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * An entry that was not published.
     *
     * @param entry where it starts, as {@code file:line}
     * @param reasons the problems that blocked it, each as one line ({@code file:line: field: problem})
     */
    public record RejectedEntry(String entry, List<String> reasons) {
        public RejectedEntry {
            Objects.requireNonNull(entry, "entry");
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        static RejectedEntry of(Rejection rejection) {
            return new RejectedEntry(rejection.source().toString(), rejection.reasons().stream()
                    .filter(Diagnostic::isError).map(Diagnostic::toString).toList());
        }
    }

    public static RunSummary of(ReportRun run) {
        return new RunSummary(run.reportFile(), run.graphIri(), run.entriesRead(), run.published(), run.rejected(),
                run.rejections().stream().map(RejectedEntry::of).toList(), run.warningCount(),
                run.warnings().stream().map(Diagnostic::toString).toList(), run.triples(),
                run.elapsed().toMillis() / 1000.0);
    }
}
