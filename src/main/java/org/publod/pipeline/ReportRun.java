package org.publod.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.publod.model.Diagnostic;

/**
 * What publishing one report did. Entries read always equals published plus rejected. The first
 * {@value #KEPT} rejections and warnings are kept here; a {@link RunListener} hears every one of them.
 *
 * @param reportFile the report's file name
 * @param graphIri the named graph it went into
 * @param published how many entries were published
 * @param rejected how many entries were rejected
 * @param warningCount how many warnings there were
 * @param rejections the first rejections, each with its reasons
 * @param warnings the first warnings
 * @param triples the triples in the report's graph afterwards
 * @param elapsed how long it took
 */
public record ReportRun(String reportFile, String graphIri, long published, long rejected, long warningCount,
                        List<Rejection> rejections, List<Diagnostic> warnings, long triples, Duration elapsed) {
    /** How many rejections and warnings a run keeps for its caller. */
    public static final int KEPT = 1_000;

    public ReportRun {
        Objects.requireNonNull(reportFile, "reportFile");
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(elapsed, "elapsed");
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    public long entriesRead() {
        return published + rejected;
    }
}
