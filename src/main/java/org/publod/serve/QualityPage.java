package org.publod.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.publod.serve.QualityQueries.Count;
import org.publod.serve.QualityQueries.Finding;
import org.publod.serve.QualityQueries.PersonGap;
import org.publod.serve.QualityQueries.YearCoverage;

/**
 * The quality report, for the people who keep the data: the entries the last publication of each report rejected
 * and why, its warnings by kind, the persons without an ORCID iD or a dblp person, the review queue of the linker,
 * and publications and link coverage per year, drawn as SVG on the server. The same page is {@code /quality} and
 * what {@code publod report} writes.
 */
final class QualityPage {
    /** How many rejected entries, warnings of one kind, and persons the page lists; it counts them all. */
    static final int LISTED = 500;

    private final PageFrames frames;
    private final PageRenderer renderer;
    private final QualityQueries queries;
    private final Optional<Path> review;

    QualityPage(PageFrames frames, PageRenderer renderer, QualityQueries queries, Optional<Path> review) {
        this.frames = frames;
        this.renderer = renderer;
        this.queries = queries;
        this.review = review;
    }

    String render() {
        List<YearCoverage> years = queries.coveragePerYear();
        List<String> labels = years.stream().map(YearCoverage::year).toList();
        BarChart publications = new BarChart("Publications per year", labels, List.of(new BarChart.Series(
                "publications", years.stream().map(year -> (double) year.publications()).toList())), "", 0);
        BarChart coverage = new BarChart("Link coverage per year", labels, List.of(
                new BarChart.Series("publications with a dblp record", years.stream()
                        .map(year -> share(year.withDblpRecord(), year.publications())).toList()),
                new BarChart.Series("authors with an ORCID iD", years.stream()
                        .map(year -> share(year.withOrcid(), year.authors())).toList())), "%", 100);
        List<YearRow> rows = years.stream().map(year -> new YearRow(year.year(), year.publications(),
                percent(year.withDblpRecord(), year.publications()), year.authors(),
                percent(year.withOrcid(), year.authors()))).toList();
        List<PersonGap> persons = queries.personsWithoutIdentifiers(LISTED);
        View view = new View(queries.rejectedEntries(), entries(queries.findings(true, LISTED * 4)),
                queries.warnings(), kinds(queries.warningsByKind(), queries.findings(false, LISTED * 20)),
                persons.stream().map(PersonRow::of).toList(), review.map(ReviewQueue::read).orElse(null),
                rows, publications.svg(), coverage.svg(), LISTED);
        return renderer.render("quality", frames.site("Quality report", "quality", ""), view);
    }

    /** Rejection reasons grouped by entry, at most {@link #LISTED} entries. */
    private static List<RejectedEntry> entries(List<Finding> reasons) {
        Map<String, List<Finding>> byEntry = new LinkedHashMap<>();
        reasons.forEach(reason -> byEntry.computeIfAbsent(reason.location(), key -> new ArrayList<>()).add(reason));
        return byEntry.entrySet().stream().limit(LISTED)
                .map(entry -> new RejectedEntry(entry.getKey(), entry.getValue())).toList();
    }

    /** Warnings grouped by field, each listing at most {@link #LISTED} of its warnings. */
    private static List<WarningKind> kinds(List<Count> counts, List<Finding> warnings) {
        return counts.stream().map(count -> new WarningKind(count.label(), count.count(), warnings.stream()
                .filter(warning -> warning.field().equals(count.label())).limit(LISTED).toList())).toList();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static String percent(long part, long whole) {
        return part + " (" + BarChart.number(share(part, whole)) + "%)";
    }

    /** The page. */
    record View(long rejectedCount, List<RejectedEntry> rejected, long warningCount, List<WarningKind> warningKinds,
                List<PersonRow> persons, ReviewQueue review, List<YearRow> years, String publicationsChart,
                String coverageChart, int listed) {
        boolean hasRejected() {
            return !rejected.isEmpty();
        }

        boolean hasWarnings() {
            return !warningKinds.isEmpty();
        }

        boolean hasPersons() {
            return !persons.isEmpty();
        }

        boolean hasYears() {
            return !years.isEmpty();
        }
    }

    /** A rejected entry with its reasons. */
    record RejectedEntry(String location, List<Finding> reasons) {
    }

    /** The warnings of one kind (field). */
    record WarningKind(String field, long count, List<Finding> warnings) {
    }

    /** A person without an identifier, as the table shows them. */
    record PersonRow(Link link, long publications, String orcid, String dblp) {
        static PersonRow of(PersonGap gap) {
            return new PersonRow(gap.link(), gap.publications(), gap.orcid() ? "yes" : "no", gap.dblp() ? "yes" : "no");
        }
    }

    /** One year of the coverage table. */
    record YearRow(String year, long publications, String withDblpRecord, long authors, String withOrcid) {
    }
}
