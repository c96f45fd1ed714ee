package org.publod.model;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One publication as a report lists it.
 *
 * @param source where the entry starts in its report
 * @param category what kind of publication it is
 * @param authors the authors in listed order, positions 1..n
 * @param title the title as written
 * @param event the conference or workshop, for papers and abstracts presented at one
 * @param journal the journal, for journal articles
 * @param book the containing book of a chapter, or the publisher of a monograph
 * @param doi the DOI, if given
 * @param pages the pages, if given
 * @param year the publication year
 * @param abstractText the abstract, if given
 * @param keywords the keywords, if given
 */
public record Publication(SourceLocation source, Category category, List<Authorship> authors, String title,
                          Optional<Event> event, Optional<Journal> journal, Optional<Book> book,
                          Optional<Doi> doi, Optional<PageRange> pages, Year year,
                          Optional<String> abstractText, List<String> keywords) {
    public Publication {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        if (authors.isEmpty()) {
            throw new IllegalArgumentException("a publication needs at least one author");
        }
        Authorship.requireInOrder(authors.stream().map(Authorship::position).toList(), "");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a publication needs a title");
        }
    }
}
