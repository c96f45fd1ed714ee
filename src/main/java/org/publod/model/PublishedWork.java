package org.publod.model;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication as the store holds it, with what linking weighs: its IRI, title, year, DOI, the journal it
 * appeared in and its authorships in order. Linking reads these from the store, so it links only what was
 * published and needs none of the options it was published with.
 *
 * @param iri the publication's IRI
 * @param sources the report entries it was published from (several when several reports list it), in order
 * @param category what kind of publication it is
 * @param title the title as listed
 * @param year the publication year
 * @param doi the DOI, if the entry gave one
 * @param journalTitle the journal's title, for a journal article
 * @param authors the authorships, positions 1..n
 */
public record PublishedWork(String iri, List<SourceLocation> sources, Category category, String title, Year year,
                            Optional<Doi> doi, Optional<String> journalTitle, List<PublishedAuthorship> authors) {
    public PublishedWork {
        Objects.requireNonNull(iri, "iri");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(iri + ": a published work comes from at least one entry");
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(journalTitle, "journalTitle");
        authors = List.copyOf(authors);
        Authorship.requireInOrder(authors.stream().map(PublishedAuthorship::position).toList(), iri + ": ");
    }
}
