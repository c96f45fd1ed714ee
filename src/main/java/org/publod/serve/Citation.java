package org.publod.serve;

import java.util.List;
import java.util.Objects;

/**
 * What a citation of one publication says, whatever the format it is written in: read from the store by
 * {@link CitationQuery}, written by {@link BibTexWriter}, {@link RisWriter} and {@link CslJsonWriter}. Absent
 * values are empty strings.
 *
 * @param iri the publication's IRI, cited as its URL
 * @param kind what kind of publication it is, as its FaBiO and schema.org types say
 * @param title the title
 * @param authors the authors in the order the report lists them
 * @param year the publication year, or empty
 * @param container the journal, book or event it appeared in
 * @param pageStart the first page, or empty
 * @param pageEnd the last page, or empty
 * @param pages the pages as written (one page or an article number), or empty
 * @param doi the DOI, or empty
 * @param publisher the publisher's name (of a book), or empty
 * @param abstractText the abstract, or empty
 */
public record Citation(String iri, CitationKind kind, String title, List<Author> authors, String year,
                       Container container, String pageStart, String pageEnd, String pages, String doi,
                       String publisher, String abstractText) {
    public Citation {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(container, "container");
        authors = List.copyOf(authors);
        title = Objects.requireNonNullElse(title, "");
        year = Objects.requireNonNullElse(year, "");
        pageStart = Objects.requireNonNullElse(pageStart, "");
        pageEnd = Objects.requireNonNullElse(pageEnd, "");
        pages = Objects.requireNonNullElse(pages, "");
        doi = Objects.requireNonNullElse(doi, "");
        publisher = Objects.requireNonNullElse(publisher, "");
        abstractText = Objects.requireNonNullElse(abstractText, "");
    }

    /**
     * One author.
     *
     * @param family the family name, or the whole name as listed when the data has no family name
     * @param given the given names or initials, or empty
     * @param affiliation the name of the organisation the authorship states, or empty
     * @param orcid the ORCID iD's IRI when the person is linked to one, or empty
     */
    public record Author(String family, String given, String affiliation, String orcid) {
        public Author {
            Objects.requireNonNull(family, "family");
            given = Objects.requireNonNullElse(given, "");
            affiliation = Objects.requireNonNullElse(affiliation, "");
            orcid = Objects.requireNonNullElse(orcid, "");
        }

        /** "Family, Given", or the family name alone. */
        String inverted() {
            return given.isEmpty() ? family : family + ", " + given;
        }
    }

    /**
     * What a publication appeared in: a journal (with ISSN, volume and issue), a book, or an event. Empty values
     * where the publication has none.
     *
     * @param journal the journal's title
     * @param issn the journal's ISSN
     * @param volume the volume
     * @param issue the issue
     * @param book the title of the book a chapter is in
     * @param event the name of the event a paper was presented at
     */
    public record Container(String journal, String issn, String volume, String issue, String book, String event) {
        public Container {
            journal = Objects.requireNonNullElse(journal, "");
            issn = Objects.requireNonNullElse(issn, "");
            volume = Objects.requireNonNullElse(volume, "");
            issue = Objects.requireNonNullElse(issue, "");
            book = Objects.requireNonNullElse(book, "");
            event = Objects.requireNonNullElse(event, "");
        }

        static final Container NONE = new Container("", "", "", "", "", "");

        /** The one title a format with a single container field takes: the journal, else the book, else the event. */
        String title() {
            return !journal.isEmpty() ? journal : !book.isEmpty() ? book : event;
        }
    }
}
