package org.publod.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.publod.model.Diagnostic;

/**
 * What publishing one report did. Entries read always equals published plus rejected.
 *
 * @param reportFile the report's file name
 * @param graphIri the named graph it went into
 * @param published how many entries were published
 * @param rejections the entries that were not, each with its reasons
 * @param warnings problems that did not block an entry, and problems outside any entry
 * @param triples the triples in the report's graph afterwards
 * @param elapsed how long it took
 */
public record ReportRun(String reportFile, String graphIri, long published, List<Rejection> rejections,
                        List<Diagnostic> warnings, long triples, Duration elapsed) {
    public ReportRun {
        Objects.requireNonNull(reportFile, "reportFile");
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(elapsed, "elapsed");
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    public long entriesRead() {
        return published + rejections.size();
    }
}
