package org.publod.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.publod.TestReports;
import org.publod.model.Publication;
import org.publod.map.IriMinter;
import org.publod.model.Journal;
import org.publod.model.PublishedAuthorship;
import org.publod.model.PublishedWork;
import org.publod.parse.ParsedEntry;
import org.publod.parse.ReportReader;

/** Writes report entries in the institute's format and reads them back through the real parser. */
final class ReportEntries {
    private ReportEntries() {
    }

    /** A conference paper entry: "Surname I., Surname I., Title, ACR, Name, dates, place, pp., year". */
    static String paper(int number, String authors, String title, int year) {
        return number + "." + authors + ", " + title + ", IUS, IEEE International Ultrasonics Symposium, " + year
                + "-09-10/09-13, Kraków (PL), pp.1-4, " + year + "\n\n" + affiliations(authors);
    }

    /** A journal article entry with a DOI. */
    static String article(int number, String authors, String title, String journal, String doi, int year) {
        return number + "." + authors + ", " + title + ", 1.0, " + journal + ", DOI: " + doi
                + ", Vol.12, No.3, pp.101-118, " + year + " (70p.)\n\n" + affiliations(authors);
    }

    /** The entries as linking reads them from the store once published: with the IRIs publishing mints. */
    static List<PublishedWork> read(Path dir, String heading, String... entries) {
        Path report = dir.resolve("report-" + Math.abs(String.join("", entries).hashCode()) + ".txt");
        try {
            Files.writeString(report, heading + "\n" + String.join("\n", entries), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IriMinter iris = new IriMinter(TestReports.BASE);
        List<PublishedWork> works = new ArrayList<>();
        try (ReportReader reader = ReportReader.open(report, StandardCharsets.UTF_8, "IPPT PAN")) {
            reader.entries().forEach(entry -> {
                if (entry instanceof ParsedEntry.Accepted accepted) {
                    Publication publication = accepted.publication();
                    String iri = iris.publication(publication);
                    works.add(new PublishedWork(iri, List.of(publication.source()), publication.category(),
                            publication.title(), publication.year(), publication.doi(),
                            publication.journal().map(Journal::title), publication.authors().stream()
                            .map(author -> new PublishedAuthorship(iris.authorRole(iri, author.position()),
                                    author.position(), author.name())).toList()));
                }
            });
        }
        return works;
    }

    private static String affiliations(String authors) {
        StringBuilder text = new StringBuilder("Afiliacje autorów:\n\n");
        for (String author : authors.split(", ")) {
            text.append(author).append("-IPPT PAN\n");
        }
        return text.append('\n').toString();
    }
}
