package org.publod.serve;

import java.util.List;
import java.util.Optional;

/**
 * The "Cite" block of a publication's page: its BibTeX, to copy, and links to its citation in every format; on an
 * author's page, the links to the bibliography of their publications.
 *
 * @param bibtex the BibTeX entry, or empty when the publication has no citation (and on an author's page)
 * @param citationFormats the citations in each format, as links to the document with {@code ?format=}
 */
record CiteView(String bibtex, List<PageFrame.Alternate> citationFormats) {
    CiteView {
        citationFormats = List.copyOf(citationFormats);
    }

    /** Whether there are links (for the template, which has no logic). */
    boolean hasCitationFormats() {
        return !citationFormats.isEmpty();
    }

    static CiteView of(Optional<Citation> citation, String document) {
        if (citation.isEmpty()) {
            return new CiteView("", List.of());
        }
        return new CiteView(CitationExport.text(citation.get(), CitationFormat.BIBTEX), links(document));
    }

    /** The links to an author's bibliography, when they have publications. */
    static CiteView ofAuthor(boolean hasPublications, String document) {
        return new CiteView("", hasPublications ? links(document) : List.of());
    }

    private static List<PageFrame.Alternate> links(String document) {
        return MediaFormat.CITATIONS.stream().map(format -> new PageFrame.Alternate(format.mediaType(), label(format),
                document + "?format=" + format.formatName())).toList();
    }

    private static String label(MediaFormat format) {
        return switch (format) {
            case BIBTEX -> "BibTeX";
            case RIS -> "RIS";
            default -> "CSL-JSON";
        };
    }
}
